import { withTransaction, type Db, type WriteTx } from '../../../db/database';
import { goalsOfPlan, supportRowsOfPlan } from '../../../db/repositories/planContentRepository';
import { stampFor } from '../../../db/repositories/stamp';
import {
  endConfirmedPlansOfCase,
  updatePlan,
} from '../../../db/repositories/supportPlanRepository';
import { AppError, type FieldIssue } from '../../contract/errors';
import type { PlanView } from '../../contract/schemas/plan';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { requireApprovingMeeting } from '../meetings/approvingMeeting';
import { planConflict, refuseClosedCase, requireVisiblePlan, type VisiblePlan } from './planAccess';
import { applyCaseEffect } from './planCaseEffects';
import { reloadPlanView } from './planReads';

const alreadyMessage = {
  confirmed: 'この支援プランは既に確定しています。',
  ended: '終了した支援プランは確定できません。',
} as const;

/**
 * 案 → 確定 inside the caller's transaction, for a plan already checked visible: the checks and
 * writes of plan.confirm, shared with a meeting's プラン承認 (which names itself as approving).
 */
export function confirmPlanInTransaction(
  tx: WriteTx,
  actor: Actor,
  at: Date,
  visible: VisiblePlan,
  approvedMeetingId: number | null,
): void {
  const { plan, caseRow } = visible;
  if (plan.status !== 'draft') throw planConflict(alreadyMessage[plan.status]);
  refuseClosedCase(caseRow);
  const issues: FieldIssue[] = [];
  if (goalsOfPlan(tx, plan.id).length === 0) {
    issues.push({ path: 'goals', message: '目標を1つ以上入力してください' });
  }
  if (supportRowsOfPlan(tx, plan.id).length === 0) {
    issues.push({ path: 'rows', message: '支援内容を1行以上入力してください' });
  }
  if (issues.length > 0) {
    throw new AppError('VALIDATION', '確定するには目標と支援内容が必要です。', issues);
  }
  const stamp = stampFor(at, actor.staffId);
  // Ended first: the database allows one 確定 version per case.
  const endedPlanIds = endConfirmedPlansOfCase(tx, plan.caseId, plan.id, stamp);
  updatePlan(
    tx,
    plan.id,
    {
      status: 'confirmed',
      confirmedBy: actor.staffId,
      confirmedAt: at.toISOString(),
      approvedMeetingId,
    },
    stamp,
  );
  appendAudit(tx, {
    at,
    actor,
    action: 'plan.confirm',
    target: { type: 'plan', id: plan.id },
    detail: { caseId: plan.caseId, version: plan.version, endedPlanIds, approvedMeetingId },
  });
  applyCaseEffect(tx, actor, at, caseRow, plan.id, { kind: 'startSupport' });
}

/**
 * 案 → 確定, recording who confirmed it, when, and the approving meeting if any (one whose agenda
 * holds the case: meetings/approvingMeeting.ts). It needs at least one goal and one 支援内容 row.
 * The case's previous 確定 version becomes 終了 (a revised plan replaces it only now, so the case
 * always has the plan in force), and a case not yet in support moves to 支援中.
 */
export function confirmPlan(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'plan.confirm'>,
): PlanView {
  return withTransaction(db, (tx) => {
    const visible = requireVisiblePlan(tx, actor, input.id);
    if (input.approvedMeetingId !== null) {
      requireApprovingMeeting(tx, input.approvedMeetingId, visible.plan.caseId);
    }
    confirmPlanInTransaction(tx, actor, clock.now(), visible, input.approvedMeetingId);
    return reloadPlanView(tx, visible.plan.id);
  });
}
