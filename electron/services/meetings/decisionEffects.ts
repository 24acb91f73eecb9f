import type { CloseReason } from '../../contract/caseCodes';
import type { WriteTx } from '../../../db/database';
import { stampFor } from '../../../db/repositories/stamp';
import { updateCase } from '../../../db/repositories/supportCaseRepository';
import { updatePlan } from '../../../db/repositories/supportPlanRepository';
import type { MeetingRow, SupportCaseRow, SupportPlanRow } from '../../../db/schema';
import type { Stage } from '../../contract/caseCodes';
import type { MeetingDecisionKind } from '../../contract/meetingCodes';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { closeCaseRow } from '../cases/closeCase';
import { keepCaseRevision } from '../history/caseRevision';
import { confirmPlanInTransaction } from '../plans/confirmPlan';
import { meetingConflict } from './meetingAccess';
import type { KindNames } from './meetingConsentRule';

/** What a decision acts on, all checked by the caller (visible case on this meeting's agenda). */
export type DecisionTarget = {
  meeting: MeetingRow;
  caseRow: SupportCaseRow;
  /** The plan a プラン承認 names (a version of this case). */
  plan: SupportPlanRow | null;
  decisionId: number;
  text: string;
  /** 終結理由 of a 終結 decision. */
  closeReasonCode: CloseReason | null;
  today: string;
};

/** Decisions that change the case or its plan; they stay in the record once made. */
export const decisionsWithEffect: readonly MeetingDecisionKind[] = [
  'supportDecision',
  'planApproval',
  'closure',
];

// 支援決定 moves a case still being taken in to プラン作成; later stages are left as they are.
const beforePlanning: readonly Stage[] = ['intake', 'assessment'];

/** The reason a case closed at a meeting shows: the meeting's kind, then the decision's first line. */
export function meetingCloseReason(names: KindNames, target: DecisionTarget): string {
  const first = target.text.split('\n')[0]?.trim() ?? '';
  const reason = `${names[target.meeting.kind]}で終結を決定${first === '' ? '' : `：${first}`}`;
  return reason.length > 200 ? `${reason.slice(0, 199)}…` : reason;
}

function approvePlan(tx: WriteTx, actor: Actor, at: Date, target: DecisionTarget): void {
  const { plan, caseRow, meeting, decisionId } = target;
  if (plan === null) return;
  switch (plan.status) {
    case 'draft':
      confirmPlanInTransaction(tx, actor, at, { plan, caseRow }, meeting.id);
      return;
    case 'confirmed':
      if (plan.approvedMeetingId !== null) return;
      updatePlan(tx, plan.id, { approvedMeetingId: meeting.id }, stampFor(at, actor.staffId));
      appendAudit(tx, {
        at,
        actor,
        action: 'plan.update',
        target: { type: 'plan', id: plan.id },
        detail: {
          caseId: caseRow.id,
          fields: ['approvedMeetingId'],
          meetingId: meeting.id,
          decisionId,
        },
      });
      return;
    case 'ended':
      throw meetingConflict('終了した支援プランは承認できません。最新の版を選んでください。');
  }
}

/**
 * Carries out a decision in the caller's transaction (a refusal rolls the decision back too):
 * プラン承認 confirms a 案 with this meeting as the approving one, or records the meeting on a
 * 確定 version approved by none; 支援決定 moves a case in 受付/アセスメント to プラン作成; 終結
 * closes the case on the meeting's date and ends its plan. 役割分担 and 評価 are text only.
 */
export function applyDecisionEffect(
  tx: WriteTx,
  actor: Actor,
  at: Date,
  kind: MeetingDecisionKind,
  target: DecisionTarget,
  names: KindNames,
): void {
  const { caseRow, meeting, decisionId } = target;
  if (decisionsWithEffect.includes(kind) && caseRow.stage === 'closed') {
    throw meetingConflict('このケースは終結しています。先にケースを再開してください。');
  }
  switch (kind) {
    case 'supportDecision': {
      if (!beforePlanning.includes(caseRow.stage)) return;
      const stamp = stampFor(at, actor.staffId);
      const revision = keepCaseRevision(tx, caseRow, stamp);
      updateCase(tx, caseRow.id, { stage: 'planning' }, stamp);
      appendAudit(tx, {
        at,
        actor,
        action: 'case.update',
        target: { type: 'case', id: caseRow.id },
        detail: { fields: ['stage'], meetingId: meeting.id, decisionId, revision },
      });
      return;
    }
    case 'planApproval':
      approvePlan(tx, actor, at, target);
      return;
    case 'closure':
      closeCaseRow(
        tx,
        actor,
        at,
        caseRow,
        {
          closedOn: meeting.heldOn,
          closeReasonCode: target.closeReasonCode,
          closeReason: meetingCloseReason(names, target),
        },
        target.today,
        { meetingId: meeting.id, decisionId },
      );
      return;
    case 'roleAssignment':
    case 'evaluation':
      return;
  }
}
