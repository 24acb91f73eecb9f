import { desc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import { findPlanById } from '../../../db/repositories/supportPlanRepository';
import { findCaseById } from '../../../db/repositories/supportCaseRepository';
import type { MeetingDecisionKind, MeetingKind } from '../../contract/meetingCodes';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import {
  auditTrail,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { updateCase } from '../cases/updateCase';
import { confirmPlan } from '../plans/confirmPlan';
import { revisePlan } from '../plans/nextVersion';
import { createPlan } from '../plans/planDraft';
import { caseForPlan, planInput } from '../plans/plans.testing';
import { addMeetingCase } from './meetingAgenda';
import { addMeetingDecision, removeMeetingDecision } from './meetingDecisions';
import { createMeeting } from './meetingHeader';
import { countMeetingRows, meetingInput, recordJusouConsent } from './meetings.testing';

let f: CaseWorkFixture;
let caseId: number;

beforeEach(() => {
  f = setUpCaseWork();
  caseId = caseForPlan(f).caseId;
  recordJusouConsent(f, caseId, 'given');
});
afterEach(() => f.cleanup());

/** A meeting of `kind` with the fixture's case on its agenda. */
function meetingWithCase(kind: MeetingKind, heldOn = '2026-04-10'): number {
  const meeting = createMeeting(f.db, f.worker, f.clock, meetingInput(kind, { heldOn }));
  addMeetingCase(f.db, f.worker, f.clock, { meetingId: meeting.id, caseId });
  return meeting.id;
}

function decide(
  meetingId: number,
  kind: MeetingDecisionKind,
  planId: number | null = null,
  text = '',
) {
  return addMeetingDecision(f.db, f.worker, f.clock, { meetingId, caseId, kind, text, planId });
}

function lastAuditDetail(action: string): unknown {
  const row = f.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .orderBy(desc(auditLog.id))
    .get();
  return row ? (JSON.parse(row.detail) as unknown) : undefined;
}

describe('プラン承認', () => {
  it('confirms a 案 with the meeting as approving, moving the case to 支援中, in one transaction', () => {
    const draft = createPlan(f.db, f.worker, f.clock, planInput(caseId));
    const meetingId = meetingWithCase('jusou');
    const from = lastAuditId(f.db);
    const view = decide(meetingId, 'planApproval', draft.id, '原案どおり承認');
    expect(view.cases[0]?.decisions).toEqual([
      expect.objectContaining({
        kind: 'planApproval',
        text: '原案どおり承認',
        planId: draft.id,
        planVersion: 1,
        planStatus: 'confirmed',
      }),
    ]);
    expect(view.cases[0]?.stage).toBe('support');
    expect(findPlanById(f.db, draft.id)).toMatchObject({
      status: 'confirmed',
      approvedMeetingId: meetingId,
      confirmedBy: f.worker.staffId,
    });
    expect(auditTrail(f.db, from)).toEqual([
      `meeting.addDecision meeting:${meetingId}`,
      `plan.confirm plan:${draft.id}`,
      `case.update case:${caseId}`,
    ]);
    expect(lastAuditDetail('plan.confirm')).toMatchObject({ approvedMeetingId: meetingId });
    expect(refusal(() => decide(meetingId, 'planApproval', draft.id))).toMatchObject({
      code: 'CONFLICT',
      message: 'この支援プランは既にこの会議で承認されています。',
    });
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });

  it('records the meeting on a 確定 plan approved by none, and leaves an earlier approval alone', () => {
    const draft = createPlan(f.db, f.worker, f.clock, planInput(caseId));
    confirmPlan(f.db, f.worker, f.clock, { id: draft.id, approvedMeetingId: null });
    const first = meetingWithCase('case');
    decide(first, 'planApproval', draft.id);
    expect(findPlanById(f.db, draft.id)?.approvedMeetingId).toBe(first);
    expect(lastAuditDetail('plan.update')).toMatchObject({
      fields: ['approvedMeetingId'],
      meetingId: first,
    });
    const second = meetingWithCase('jusou');
    const view = decide(second, 'planApproval', draft.id);
    expect(view.cases[0]?.decisions.map((d) => d.planStatus)).toEqual(['confirmed']);
    expect(findPlanById(f.db, draft.id)?.approvedMeetingId).toBe(first);
  });

  it('is refused at a 支援会議 and a 事例検討, and for a plan that is not this case’s or has ended', () => {
    const draft = createPlan(f.db, f.worker, f.clock, planInput(caseId));
    for (const kind of ['shien', 'study'] as const) {
      const meetingId = meetingWithCase(kind);
      const before = countMeetingRows(f.db);
      const refused = refusal(() => decide(meetingId, 'planApproval', draft.id));
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toContain('支援プランの承認はできません');
      expect(refused.message).toContain('重層的支援会議またはケース会議で決定してください');
      expect(countMeetingRows(f.db)).toEqual(before);
    }
    expect(findPlanById(f.db, draft.id)?.status).toBe('draft');

    const other = caseForPlan(f, f.worker, { name: '別の 人' }).caseId;
    const othersPlan = createPlan(f.db, f.worker, f.clock, planInput(other));
    const jusou = meetingWithCase('jusou');
    expect(refusal(() => decide(jusou, 'planApproval', othersPlan.id))).toMatchObject({
      code: 'VALIDATION',
      paths: ['planId'],
    });

    confirmPlan(f.db, f.worker, f.clock, { id: draft.id, approvedMeetingId: null });
    const v2 = revisePlan(f.db, f.worker, f.clock, { id: draft.id });
    confirmPlan(f.db, f.worker, f.clock, { id: v2.id, approvedMeetingId: null });
    expect(refusal(() => decide(jusou, 'planApproval', draft.id))).toMatchObject({
      code: 'CONFLICT',
      message: '終了した支援プランは承認できません。最新の版を選んでください。',
    });
  });

  it('rolls the decision back when the 案 cannot be confirmed', () => {
    const draft = createPlan(f.db, f.worker, f.clock, planInput(caseId, { goals: [], rows: [] }));
    const meetingId = meetingWithCase('jusou');
    const before = countMeetingRows(f.db);
    expect(refusal(() => decide(meetingId, 'planApproval', draft.id))).toMatchObject({
      code: 'VALIDATION',
      paths: ['goals', 'rows'],
    });
    expect(countMeetingRows(f.db)).toEqual(before);
  });
});

describe('支援決定, 終結 and text-only decisions', () => {
  it('支援決定 moves a case in 受付 to プラン作成 and leaves a later stage alone', () => {
    const meetingId = meetingWithCase('shien');
    const from = lastAuditId(f.db);
    expect(decide(meetingId, 'supportDecision', null, '多機関で支援する').cases[0]?.stage).toBe(
      'planning',
    );
    expect(auditTrail(f.db, from)).toEqual([
      `meeting.addDecision meeting:${meetingId}`,
      `case.update case:${caseId}`,
    ]);
    updateCase(f.db, f.worker, f.clock, { id: caseId, stage: 'support' });
    expect(decide(meetingId, 'supportDecision').cases[0]?.stage).toBe('support');
  });

  it('終結 closes the case on the meeting’s date and ends its 確定 plan', () => {
    const draft = createPlan(f.db, f.worker, f.clock, planInput(caseId));
    confirmPlan(f.db, f.worker, f.clock, { id: draft.id, approvedMeetingId: null });
    const meetingId = meetingWithCase('case', '2026-04-08');
    const from = lastAuditId(f.db);
    const view = decide(
      meetingId,
      'closure',
      null,
      '就労が決まり、目標を達成した\n以後は包括が見守る',
    );
    expect(view.cases[0]?.stage).toBe('closed');
    expect(findCaseById(f.db, caseId)).toMatchObject({
      stage: 'closed',
      closedOn: '2026-04-08',
      closeReason: 'ケース会議で終結を決定：就労が決まり、目標を達成した',
    });
    expect(findPlanById(f.db, draft.id)?.status).toBe('ended');
    expect(auditTrail(f.db, from)).toEqual([
      `meeting.addDecision meeting:${meetingId}`,
      `case.close case:${caseId}`,
    ]);
    expect(lastAuditDetail('case.close')).toMatchObject({
      previousStage: 'support',
      endedPlanIds: [draft.id],
      meetingId,
    });
    expect(refusal(() => decide(meetingId, 'closure'))).toMatchObject({
      code: 'CONFLICT',
      message: 'このケースは終結しています。先にケースを再開してください。',
    });
    expect(refusal(() => decide(meetingId, 'supportDecision')).code).toBe('CONFLICT');
    // Text-only decisions about a closed case are still records of the meeting.
    expect(decide(meetingId, 'evaluation', null, '終結を確認').cases[0]?.decisions).toHaveLength(2);
  });

  it('refuses 終結 at a 支援会議, any decision before the meeting’s day, and empty text-only decisions', () => {
    const shien = meetingWithCase('shien');
    expect(refusal(() => decide(shien, 'closure')).message).toContain('ケースの終結はできません');
    const later = meetingWithCase('jusou', '2026-04-20');
    expect(refusal(() => decide(later, 'roleAssignment', null, '包括が訪問'))).toMatchObject({
      code: 'CONFLICT',
      message: '開催日より前に決定事項は記録できません。',
    });
    expect(refusal(() => decide(shien, 'roleAssignment', null, ' '))).toMatchObject({
      code: 'VALIDATION',
      paths: ['text'],
    });
    const draft = createPlan(f.db, f.worker, f.clock, planInput(caseId));
    expect(refusal(() => decide(shien, 'supportDecision', draft.id))).toMatchObject({
      code: 'VALIDATION',
      paths: ['planId'],
    });
    expect(decide(shien, 'evaluation', draft.id, '案を確認').cases[0]?.decisions[0]).toMatchObject({
      planId: draft.id,
      planStatus: 'draft',
    });
  });
});

describe('meeting.removeDecision', () => {
  it('removes 役割分担 and 評価 but never a decision that changed the case or plan', () => {
    const meetingId = meetingWithCase('jusou');
    const role = decide(meetingId, 'roleAssignment', null, '包括が月1回訪問').cases[0]
      ?.decisions[0];
    const support = decide(meetingId, 'supportDecision').cases[0]?.decisions[1];
    if (!role || !support) throw new Error('decisions missing');
    const after = removeMeetingDecision(f.db, f.worker, f.clock, { id: role.id });
    expect(after.cases[0]?.decisions.map((d) => d.kind)).toEqual(['supportDecision']);
    expect(lastAuditDetail('meeting.removeDecision')).toEqual({
      caseId,
      decisionId: role.id,
      kind: 'roleAssignment',
    });
    expect(
      refusal(() => removeMeetingDecision(f.db, f.worker, f.clock, { id: support.id })).code,
    ).toBe('CONFLICT');
    expect(
      refusal(() => removeMeetingDecision(f.db, f.worker, f.clock, { id: role.id })).code,
    ).toBe('NOT_FOUND');
  });
});
