import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import { latestEvaluationsOfPlans } from '../../../db/repositories/planEvaluationRepository';
import { findPlanById, plansOfCase } from '../../../db/repositories/supportPlanRepository';
import type { PlanSummary, PlanView } from '../../contract/schemas/plan';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { requireVisibleCase } from '../cases/visibleRecords';
import { planNotFound, requireVisiblePlan } from './planAccess';
import { buildPlanView, toPlanSummary } from './planView';

/** Opens one version (any status; old versions stay readable): NOT_FOUND when hidden; audited. */
export function getPlan(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'plan.get'>,
): PlanView {
  return withTransaction(db, (tx) => {
    const { plan } = requireVisiblePlan(tx, actor, input.id);
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'plan.view',
      target: { type: 'plan', id: plan.id },
      detail: { caseId: plan.caseId, version: plan.version },
    });
    return buildPlanView(tx, plan);
  });
}

/** A version re-read after a write in the same transaction. */
export function reloadPlanView(db: ReadDb, id: number): PlanView {
  const plan = findPlanById(db, id);
  if (!plan) throw planNotFound();
  return buildPlanView(db, plan);
}

/**
 * Every version of a case's plan, newest first, with dates and status only (the case screen's
 * list; opening one is plan.get, which is audited).
 */
export function listPlansForCase(
  db: ReadDb,
  actor: Actor,
  input: ParsedInput<'plan.listForCase'>,
): PlanSummary[] {
  const caseRow = requireVisibleCase(db, actor, input.caseId);
  const rows = plansOfCase(db, caseRow.id);
  const latest = latestEvaluationsOfPlans(
    db,
    rows.map(({ plan }) => plan.id),
  );
  return rows.map(({ plan, confirmedByName }) =>
    toPlanSummary(plan, confirmedByName, latest.get(plan.id)?.decision ?? null),
  );
}
