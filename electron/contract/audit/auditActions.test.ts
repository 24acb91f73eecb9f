import { describe, expect, it } from 'vitest';
import { accountActions } from './actions/accountActions';
import { caseActions } from './actions/caseActions';
import { communityActions } from './actions/communityActions';
import { dailyRecordActions } from './actions/dailyRecordActions';
import { meetingActions } from './actions/meetingActions';
import { outputActions } from './actions/outputActions';
import { planActions } from './actions/planActions';
import {
  auditActionCodes,
  auditActionSpec,
  auditActions,
  auditActionsOfGroup,
  auditGroupCodes,
} from './auditActions';
import { auditDetailKeys } from './auditDetailKeys';
import type { DetailKeySpec } from './auditVocabulary';

const japanese = /^[^A-Za-z]*(?:(?:Excel|PDF|ID)[^A-Za-z]*)*$/;

describe('the audit action table', () => {
  it('declares each action once across the feature tables', () => {
    const tables = [
      accountActions,
      caseActions,
      planActions,
      meetingActions,
      communityActions,
      outputActions,
      dailyRecordActions,
    ];
    const declared = tables.flatMap((table) => Object.keys(table));
    expect(new Set(declared).size).toBe(declared.length);
    expect(auditActionCodes).toHaveLength(declared.length);
  });

  it('names every action, group and detail key in Japanese, and every group has actions', () => {
    for (const action of auditActionCodes) {
      expect(auditActions[action].label, action).toMatch(japanese);
      for (const [key, spec] of Object.entries(auditActionSpec(action)?.detail ?? {})) {
        expect(spec.label, `${action} ${key}`).toMatch(japanese);
      }
    }
    const keys: Record<string, DetailKeySpec> = auditDetailKeys;
    for (const [key, spec] of Object.entries(keys)) {
      if (spec.as !== 'hidden') expect(spec.label, key).not.toBe('');
      expect(spec.label, key).toMatch(japanese);
    }
    for (const group of auditGroupCodes)
      expect(auditActionsOfGroup(group).length, group).toBeGreaterThan(0);
  });
});
