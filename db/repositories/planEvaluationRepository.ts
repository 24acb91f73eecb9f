import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import {
  planEvaluation,
  planGoal,
  planGoalEvaluation,
  staff,
  type PlanEvaluationRow,
} from '../schema';
import { createdColumns, type Stamp, type StampColumn } from './stamp';

export type EvaluationValues = Omit<typeof planEvaluation.$inferInsert, 'id' | StampColumn>;
export type GoalEvaluationValues = Omit<typeof planGoalEvaluation.$inferInsert, 'evaluationId'>;

/** Appends an evaluation with its per-goal results (evaluations are never edited). */
export function insertEvaluation(
  tx: WriteTx,
  values: EvaluationValues,
  goals: readonly GoalEvaluationValues[],
  stamp: Stamp,
): PlanEvaluationRow {
  const row = tx
    .insert(planEvaluation)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
  if (goals.length > 0) {
    tx.insert(planGoalEvaluation)
      .values(goals.map((goal) => ({ ...goal, evaluationId: row.id })))
      .run();
  }
  return row;
}

/** A plan's evaluations with the evaluator's name, newest first (by date, then as recorded). */
export function evaluationsOfPlan(db: ReadDb, planId: number) {
  return db
    .select({ evaluation: planEvaluation, evaluatedByName: staff.displayName })
    .from(planEvaluation)
    .leftJoin(staff, eq(staff.id, planEvaluation.createdBy))
    .where(eq(planEvaluation.planId, planId))
    .orderBy(desc(planEvaluation.evaluatedOn), desc(planEvaluation.id))
    .all();
}

/** The per-goal results of these evaluations, in each plan's goal order. */
export function goalEvaluationsOf(db: ReadDb, evaluationIds: readonly number[]) {
  if (evaluationIds.length === 0) return [];
  return db
    .select({
      evaluationId: planGoalEvaluation.evaluationId,
      goalId: planGoal.id,
      kind: planGoal.kind,
      text: planGoal.text,
      result: planGoalEvaluation.result,
      comment: planGoalEvaluation.comment,
    })
    .from(planGoalEvaluation)
    .innerJoin(planGoal, eq(planGoal.id, planGoalEvaluation.goalId))
    .where(inArray(planGoalEvaluation.evaluationId, [...evaluationIds]))
    .orderBy(asc(planGoalEvaluation.evaluationId), asc(planGoal.sort))
    .all();
}

/** The latest evaluation of each plan (for the version list), keyed by plan id. */
export function latestEvaluationsOfPlans(
  db: ReadDb,
  planIds: readonly number[],
): Map<number, PlanEvaluationRow> {
  const latest = new Map<number, PlanEvaluationRow>();
  if (planIds.length === 0) return latest;
  const rows = db
    .select()
    .from(planEvaluation)
    .where(inArray(planEvaluation.planId, [...planIds]))
    .orderBy(asc(planEvaluation.evaluatedOn), asc(planEvaluation.id))
    .all();
  for (const row of rows) latest.set(row.planId, row);
  return latest;
}
