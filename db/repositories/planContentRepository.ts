import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ReadDb, WriteTx } from '../database';
import { agency, planGoal, planIssue, planSupportRow, staff, type PlanGoalRow } from '../schema';

export type PlanIssueValues = { issue: string; background: string };
export type PlanGoalValues = Pick<PlanGoalRow, 'kind' | 'text'>;
export type PlanRowValues = Omit<typeof planSupportRow.$inferInsert, 'planId' | 'sort'>;

/** A plan's 課題, goals and 支援内容 rows, each list in the order written. */
export type PlanContentValues = {
  issues: readonly PlanIssueValues[];
  goals: readonly PlanGoalValues[];
  rows: readonly PlanRowValues[];
};

/** Replaces a plan's 課題, goals and 支援内容 rows with these (only ever on a 案). */
export function replacePlanContent(tx: WriteTx, planId: number, content: PlanContentValues): void {
  tx.delete(planIssue).where(eq(planIssue.planId, planId)).run();
  tx.delete(planGoal).where(eq(planGoal.planId, planId)).run();
  tx.delete(planSupportRow).where(eq(planSupportRow.planId, planId)).run();
  const numbered = <T>(list: readonly T[]) => list.map((item, sort) => ({ ...item, planId, sort }));
  if (content.issues.length > 0) tx.insert(planIssue).values(numbered(content.issues)).run();
  if (content.goals.length > 0) tx.insert(planGoal).values(numbered(content.goals)).run();
  if (content.rows.length > 0) tx.insert(planSupportRow).values(numbered(content.rows)).run();
}

export function issuesOfPlan(db: ReadDb, planId: number): PlanIssueValues[] {
  return db
    .select({ issue: planIssue.issue, background: planIssue.background })
    .from(planIssue)
    .where(eq(planIssue.planId, planId))
    .orderBy(asc(planIssue.sort))
    .all();
}

export function goalsOfPlan(db: ReadDb, planId: number): PlanGoalRow[] {
  return db
    .select()
    .from(planGoal)
    .where(eq(planGoal.planId, planId))
    .orderBy(asc(planGoal.sort))
    .all();
}

const assigneeStaff = alias(staff, 'assignee_staff');

/** 支援内容 rows with the names of the agency or staff member in charge. */
export function supportRowsOfPlan(db: ReadDb, planId: number) {
  return db
    .select({
      row: planSupportRow,
      agencyName: agency.name,
      staffName: assigneeStaff.displayName,
    })
    .from(planSupportRow)
    .leftJoin(agency, eq(agency.id, planSupportRow.assigneeAgencyId))
    .leftJoin(assigneeStaff, eq(assigneeStaff.id, planSupportRow.assigneeStaffId))
    .where(eq(planSupportRow.planId, planId))
    .orderBy(asc(planSupportRow.sort))
    .all();
}
