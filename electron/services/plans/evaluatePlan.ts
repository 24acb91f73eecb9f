import { withTransaction, type Db, type WriteTx } from '../../../db/database';
import { insertEvaluation } from '../../../db/repositories/planEvaluationRepository';
import { stampFor } from '../../../db/repositories/stamp';
import { findPlanSuperseding, updatePlan } from '../../../db/repositories/supportPlanRepository';
import type { SupportCaseRow, SupportPlanRow } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import type { PlanEvaluateResult } from '../../contract/schemas/plan';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { getSettings } from '../settings/settingsService';
import { evaluationIssues } from './evaluationIssues';
import { planConflict, refuseClosedCase, requireVisiblePlan } from './planAccess';
import { applyCaseEffect } from './planCaseEffects';
import { addMonths } from './planDates';
import { reloadPlanView } from './planReads';
import { startNextVersion } from './nextVersion';

type Input = ParsedInput<'plan.evaluate'>;

/** Carries out the decision; returns the new 案's id for 見直し. */
function applyDecision(
  tx: WriteTx,
  actor: Actor,
  at: Date,
  visible: { plan: SupportPlanRow; caseRow: SupportCaseRow },
  input: Input,
  evaluationId: number,
): number | null {
  const { plan, caseRow } = visible;
  const stamp = stampFor(at, actor.staffId);
  switch (input.decision) {
    case 'continue': {
      const months = getSettings(tx).planEvaluationMonths;
      const next = input.nextEvaluationOn ?? addMonths(input.evaluatedOn, months);
      updatePlan(tx, plan.id, { nextEvaluationOn: next }, stamp);
      return null;
    }
    case 'revise':
      return startNextVersion(tx, actor, at, plan, input.evaluatedOn, evaluationId).id;
    case 'close':
      updatePlan(tx, plan.id, { status: 'ended' }, stamp);
      applyCaseEffect(tx, actor, at, caseRow, plan.id, {
        kind: 'close',
        closedOn: input.evaluatedOn,
        closeReasonCode: input.closeReasonCode ?? null,
        closeReasonNote: input.closeReasonNote ?? '',
      });
      return null;
    case 'suspend':
      updatePlan(tx, plan.id, { status: 'ended' }, stamp);
      applyCaseEffect(tx, actor, at, caseRow, plan.id, {
        kind: 'suspend',
        suspendedOn: input.evaluatedOn,
      });
      return null;
  }
}

/**
 * 評価 of a 確定 plan: every goal's result, 本人の変化 and the decision, in one transaction.
 * 継続 moves 次回評価予定日 on (to the date given, or 評価日 plus the setting); 見直し starts the
 * next version as 案, prefilled (this one stays 確定 until that one is confirmed); 終結 ends the
 * plan and closes the case on 評価日; 中断 ends the plan and suspends the case.
 */
export function evaluatePlan(db: Db, actor: Actor, clock: Clock, input: Input): PlanEvaluateResult {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    const visible = requireVisiblePlan(tx, actor, input.planId);
    const { plan, caseRow } = visible;
    if (plan.status !== 'confirmed') {
      throw planConflict('評価できるのは確定した支援プランだけです。');
    }
    if (findPlanSuperseding(tx, plan.id)) {
      throw planConflict('この支援プランは見直し中です。新しい版を確定してから評価してください。');
    }
    refuseClosedCase(caseRow);
    const issues = evaluationIssues(tx, plan, input, today);
    if (issues.length > 0) throw new AppError('VALIDATION', '入力内容に誤りがあります。', issues);
    const at = clock.now();
    const evaluation = insertEvaluation(
      tx,
      {
        planId: plan.id,
        evaluatedOn: input.evaluatedOn,
        personChange: input.personChange,
        decision: input.decision,
        comment: input.comment,
        closeReasonCode: input.decision === 'close' ? (input.closeReasonCode ?? null) : null,
        closeReasonNote: input.decision === 'close' ? (input.closeReasonNote ?? '') : '',
      },
      input.goals.map(({ goalId, result, comment }) => ({ goalId, result, comment })),
      stampFor(at, actor.staffId),
    );
    appendAudit(tx, {
      at,
      actor,
      action: 'plan.evaluate',
      target: { type: 'plan', id: plan.id },
      detail: { caseId: plan.caseId, evaluationId: evaluation.id, decision: input.decision },
    });
    const nextPlanId = applyDecision(tx, actor, at, visible, input, evaluation.id);
    return { plan: reloadPlanView(tx, plan.id), nextPlanId };
  });
}
