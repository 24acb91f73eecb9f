import { withTransaction, type Db, type WriteTx } from '../../../db/database';
import { replacePlanContent } from '../../../db/repositories/planContentRepository';
import { stampFor } from '../../../db/repositories/stamp';
import { insertPlan, latestPlanOfCase } from '../../../db/repositories/supportPlanRepository';
import type { SupportPlanRow } from '../../../db/schema';
import type { PlanView } from '../../contract/schemas/plan';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { getSettings } from '../settings/settingsService';
import { planConflict, refuseClosedCase, requireVisiblePlan } from './planAccess';
import { storedContent } from './planContent';
import { addDays, addMonths, daysBetween } from './planDates';
import { reloadPlanView } from './planReads';

/**
 * Starts version N+1 as 案, prefilled from `source`: wishes, goals, 課題, 支援内容 rows and referrals
 * are copied; 作成日 is `createdOn`, the period starts then and keeps the old period's length,
 * and 次回評価予定日 is 作成日 plus the setting. Consent and confirmation are not copied: the person
 * agrees to, and the office confirms, the revised plan anew. `source` itself is left as it is.
 */
export function startNextVersion(
  tx: WriteTx,
  actor: Actor,
  at: Date,
  source: SupportPlanRow,
  createdOn: string,
  evaluationId: number | null,
): SupportPlanRow {
  const content = storedContent(tx, source);
  const periodTo =
    source.periodFrom !== null && source.periodTo !== null
      ? addDays(createdOn, daysBetween(source.periodFrom, source.periodTo))
      : null;
  const row = insertPlan(
    tx,
    {
      caseId: source.caseId,
      version: source.version + 1,
      supersedesId: source.id,
      status: 'draft',
      createdOn,
      periodFrom: createdOn,
      periodTo,
      nextEvaluationOn: addMonths(createdOn, getSettings(tx).planEvaluationMonths),
      personWishes: content.personWishes,
      householdGoal: content.householdGoal,
      referralParticipation: content.referralParticipation,
      referralOutreach: content.referralOutreach,
    },
    stampFor(at, actor.staffId),
  );
  replacePlanContent(tx, row.id, content);
  appendAudit(tx, {
    at,
    actor,
    action: 'plan.revise',
    target: { type: 'plan', id: row.id },
    detail: { caseId: row.caseId, version: row.version, supersedesId: source.id, evaluationId },
  });
  return row;
}

/**
 * 見直し without an evaluation (随時見直し, or a new plan for a reopened case): starts the next
 * version from the case's latest one, dated today. The latest one must not itself be a 案.
 */
export function revisePlan(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'plan.revise'>,
): PlanView {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    const { plan, caseRow } = requireVisiblePlan(tx, actor, input.id);
    refuseClosedCase(caseRow);
    if (plan.status === 'draft') throw planConflict('案はそのまま編集してください。');
    if (latestPlanOfCase(tx, plan.caseId)?.id !== plan.id) {
      throw planConflict('見直しできるのは、このケースの最新の版だけです。');
    }
    const createdOn = today < plan.createdOn ? plan.createdOn : today;
    const next = startNextVersion(tx, actor, clock.now(), plan, createdOn, null);
    return reloadPlanView(tx, next.id);
  });
}
