import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  auditTrail,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import { caseForPlan } from '../plans/plans.testing';
import { updateSettings } from '../settings/settingsService';
import {
  addMeetingCase,
  checkMeetingCase,
  recordMeetingMinutes,
  removeMeetingCase,
} from './meetingAgenda';
import { addMeetingDecision } from './meetingDecisions';
import { createMeeting } from './meetingHeader';
import { getMeeting } from './meetingReads';
import { countMeetingRows, meetingInput, recordJusouConsent } from './meetings.testing';

let f: CaseWorkFixture;
let caseId: number;

beforeEach(() => {
  f = setUpCaseWork();
  caseId = caseForPlan(f).caseId;
});
afterEach(() => f.cleanup());

describe('the consent rule on the agenda', () => {
  it('refuses a case without consent on a 重層的支援会議, saying why and offering 支援会議', () => {
    const jusou = createMeeting(f.db, f.worker, f.clock, meetingInput('jusou'));
    const check = checkMeetingCase(f.db, f.worker, { meetingId: jusou.id, caseId });
    expect(check).toEqual({
      allowed: false,
      reason: expect.stringContaining('本人同意がまだ確認されていません') as string,
      suggestedKind: 'shien',
    });
    const before = countMeetingRows(f.db);
    const refused = refusal(() =>
      addMeetingCase(f.db, f.worker, f.clock, { meetingId: jusou.id, caseId }),
    );
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe(check.reason);
    expect(refused.message).toContain('支援会議（社会福祉法第106条の6');
    expect(countMeetingRows(f.db)).toEqual(before);

    // Refused and withdrawn consents are refused alike.
    for (const state of ['refused', 'withdrawn'] as const) {
      recordJusouConsent(f, caseId, state);
      expect(checkMeetingCase(f.db, f.worker, { meetingId: jusou.id, caseId }).allowed).toBe(false);
    }
  });

  it('allows the same case on a 支援会議, a ケース会議 and a 事例検討', () => {
    for (const kind of ['shien', 'case', 'study'] as const) {
      const meeting = createMeeting(f.db, f.worker, f.clock, meetingInput(kind));
      expect(checkMeetingCase(f.db, f.worker, { meetingId: meeting.id, caseId })).toEqual({
        allowed: true,
        reason: null,
        suggestedKind: null,
      });
      const view = addMeetingCase(f.db, f.worker, f.clock, { meetingId: meeting.id, caseId });
      expect(view.cases.map((c) => [c.caseId, c.consentState, c.consentWarning])).toEqual([
        [caseId, 'unconfirmed', null],
      ]);
    }
  });

  it('allows it on a 重層的支援会議 once consent is recorded, and flags a later withdrawal', () => {
    const jusou = createMeeting(f.db, f.worker, f.clock, meetingInput('jusou'));
    recordJusouConsent(f, caseId, 'given');
    expect(checkMeetingCase(f.db, f.worker, { meetingId: jusou.id, caseId }).allowed).toBe(true);
    const added = addMeetingCase(f.db, f.worker, f.clock, { meetingId: jusou.id, caseId });
    expect(added.cases[0]).toMatchObject({ consentState: 'given', consentWarning: null });

    recordJusouConsent(f, caseId, 'withdrawn');
    const flagged = getMeeting(f.db, f.worker, f.clock, { id: jusou.id });
    expect(flagged.cases[0]?.consentState).toBe('withdrawn');
    expect(flagged.cases[0]?.consentWarning).toContain('撤回されています');
    // Minutes may still say what happened; a new decision is refused while flagged.
    recordMeetingMinutes(f.db, f.worker, f.clock, {
      meetingId: jusou.id,
      caseId,
      minutes: '同意撤回のため協議しなかった。',
    });
    const refused = refusal(() =>
      addMeetingDecision(f.db, f.worker, f.clock, {
        meetingId: jusou.id,
        caseId,
        kind: 'roleAssignment',
        text: '包括が見守る',
        planId: null,
      }),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT' });
    expect(refused.message).toContain(
      '同意のないケースについて重層的支援会議で決定することはできません',
    );

    // Consent given again: the flag goes and decisions are possible again.
    recordJusouConsent(f, caseId, 'given');
    const again = addMeetingDecision(f.db, f.worker, f.clock, {
      meetingId: jusou.id,
      caseId,
      kind: 'roleAssignment',
      text: '包括が見守る',
      planId: null,
    });
    expect(again.cases[0]?.consentWarning).toBeNull();
  });

  it('never flags a case at a 支援会議, whatever its consent', () => {
    const shien = createMeeting(f.db, f.worker, f.clock, meetingInput('shien'));
    recordJusouConsent(f, caseId, 'given');
    addMeetingCase(f.db, f.worker, f.clock, { meetingId: shien.id, caseId });
    recordJusouConsent(f, caseId, 'withdrawn');
    const view = getMeeting(f.db, f.worker, f.clock, { id: shien.id });
    expect(view.cases[0]).toMatchObject({ consentState: 'withdrawn', consentWarning: null });
  });

  it('names the kinds in messages as the office renamed them', () => {
    updateSettings(f.db, f.admin, f.clock, {
      meetingKindNames: {
        shien: '支援調整会議',
        jusou: '重層会議',
        case: 'ケース会議',
        study: '事例検討会',
      },
    });
    const jusou = createMeeting(f.db, f.worker, f.clock, meetingInput('jusou'));
    expect(jusou.kindName).toBe('重層会議');
    const check = checkMeetingCase(f.db, f.worker, { meetingId: jusou.id, caseId });
    expect(check.reason).toContain('重層会議の議題にできません');
    expect(check.reason).toContain('支援調整会議（社会福祉法第106条の6');
  });
});

describe('the agenda', () => {
  it('keeps cases in the order added, once each; removes one without decisions; audits ids only', () => {
    const second = caseForPlan(f, f.worker, { name: '鈴木 花子' }).caseId;
    const shien = createMeeting(f.db, f.worker, f.clock, meetingInput('shien'));
    const auditFrom = lastAuditId(f.db);
    addMeetingCase(f.db, f.worker, f.clock, { meetingId: shien.id, caseId });
    const both = addMeetingCase(f.db, f.worker, f.clock, { meetingId: shien.id, caseId: second });
    expect(both.cases.map((c) => [c.caseId, c.position, c.personName])).toEqual([
      [caseId, 1, '山田 太郎'],
      [second, 2, '鈴木 花子'],
    ]);
    expect(both.caseCount).toBe(2);
    expect(checkMeetingCase(f.db, f.worker, { meetingId: shien.id, caseId })).toMatchObject({
      allowed: false,
      suggestedKind: null,
    });
    expect(
      refusal(() => addMeetingCase(f.db, f.worker, f.clock, { meetingId: shien.id, caseId })).code,
    ).toBe('CONFLICT');

    recordMeetingMinutes(f.db, f.worker, f.clock, {
      meetingId: shien.id,
      caseId,
      minutes: '見守り継続',
    });
    addMeetingDecision(f.db, f.worker, f.clock, {
      meetingId: shien.id,
      caseId,
      kind: 'roleAssignment',
      text: '包括が月1回訪問',
      planId: null,
    });
    expect(
      refusal(() => removeMeetingCase(f.db, f.worker, f.clock, { meetingId: shien.id, caseId })),
    ).toMatchObject({
      code: 'CONFLICT',
      message: '決定事項が記録されたケースは議題から外せません。',
    });
    const left = removeMeetingCase(f.db, f.worker, f.clock, {
      meetingId: shien.id,
      caseId: second,
    });
    expect(left.cases.map((c) => c.caseId)).toEqual([caseId]);
    expect(
      refusal(() =>
        removeMeetingCase(f.db, f.worker, f.clock, { meetingId: shien.id, caseId: second }),
      ).code,
    ).toBe('NOT_FOUND');

    expect(auditTrail(f.db, auditFrom)).toEqual([
      `meeting.addCase meeting:${shien.id}`,
      `meeting.addCase meeting:${shien.id}`,
      `meeting.recordMinutes meeting:${shien.id}`,
      `meeting.addDecision meeting:${shien.id}`,
      `meeting.removeCase meeting:${shien.id}`,
    ]);
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });

  it('answers NOT_FOUND for a meeting or case that does not exist', () => {
    const shien = createMeeting(f.db, f.worker, f.clock, meetingInput('shien'));
    expect(
      refusal(() => addMeetingCase(f.db, f.worker, f.clock, { meetingId: shien.id + 99, caseId })),
    ).toMatchObject({ code: 'NOT_FOUND', message: '会議が見つかりません。' });
    expect(
      refusal(() => checkMeetingCase(f.db, f.worker, { meetingId: shien.id, caseId: caseId + 99 })),
    ).toMatchObject({ code: 'NOT_FOUND', message: 'ケースが見つかりません。' });
  });
});
