import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultIssueTags } from '../../contract/caseCodes';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import {
  auditTrail,
  lastAuditId,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { getCodeList, saveCodeList } from './codeListService';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
});
afterAll(() => f.cleanup());

describe('課題 label list', () => {
  it('starts with the default labels, seeded once on the first read', () => {
    const before = lastAuditId(f.db);
    const first = getCodeList(f.db, f.viewer, f.clock, { list: 'issueTag' });
    expect(first).toEqual(defaultIssueTags.map((label) => ({ label, active: true })));
    expect(getCodeList(f.db, f.viewer, f.clock, { list: 'issueTag' })).toEqual(first);
    expect(auditTrail(f.db, before)).toEqual(['codeList.seed codeList:issueTag']);
  });

  it('replaces the active list: new labels added in order, missing ones retired, not deleted', () => {
    const before = lastAuditId(f.db);
    const saved = saveCodeList(f.db, f.admin, f.clock, {
      list: 'issueTag',
      labels: ['ひきこもり', '新しい課題', '8050問題', 'ひきこもり'],
    });
    expect(saved.filter((e) => e.active).map((e) => e.label)).toEqual([
      'ひきこもり',
      '新しい課題',
      '8050問題',
    ]);
    const retired = saved.filter((e) => !e.active).map((e) => e.label);
    expect(retired).toHaveLength(defaultIssueTags.length - 2);
    expect(retired).toContain('ダブルケア');

    // Bringing a retired label back makes it active again, in its new place.
    const back = saveCodeList(f.db, f.admin, f.clock, {
      list: 'issueTag',
      labels: ['ダブルケア', 'ひきこもり'],
    });
    expect(back.filter((e) => e.active).map((e) => e.label)).toEqual(['ダブルケア', 'ひきこもり']);
    expect(back).toHaveLength(defaultIssueTags.length + 1);

    expect(auditTrail(f.db, before)).toEqual([
      'codeList.save codeList:issueTag',
      'codeList.save codeList:issueTag',
    ]);
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });
});
