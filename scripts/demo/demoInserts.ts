import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { SQLiteInsertValue, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { WriteTx } from '../../db/database';
import {
  caseAgency,
  caseField,
  caseTag,
  consent,
  consentAgency,
  household,
  person,
  planEvaluation,
  planGoal,
  planGoalEvaluation,
  planIssue,
  planSupportRow,
  progressNote,
  supportCase,
  supportPlan,
} from '../../db/schema';

/** Every column of a new row but the id, spelled out: no default fills a gap silently. */
export type InsertRow<T extends SQLiteTable> = Required<Omit<T['$inferInsert'], 'id'>>;

/** Inserts one row through a statement prepared once; returns the new rowid. */
export type Insert<T extends SQLiteTable> = (row: InsertRow<T>) => number;

/** The statements the generator writes through: one per table, each prepared once. */
export type DemoInserts = {
  household: Insert<typeof household>;
  person: Insert<typeof person>;
  supportCase: Insert<typeof supportCase>;
  caseField: Insert<typeof caseField>;
  caseTag: Insert<typeof caseTag>;
  caseAgency: Insert<typeof caseAgency>;
  consent: Insert<typeof consent>;
  consentAgency: Insert<typeof consentAgency>;
  progressNote: Insert<typeof progressNote>;
  supportPlan: Insert<typeof supportPlan>;
  planIssue: Insert<typeof planIssue>;
  planGoal: Insert<typeof planGoal>;
  planSupportRow: Insert<typeof planSupportRow>;
  planEvaluation: Insert<typeof planEvaluation>;
  planGoalEvaluation: Insert<typeof planGoalEvaluation>;
  /** Sets a 確定 version to 終了 once the version revising it is 確定. */
  endPlan: (planId: number, updatedAt: string) => void;
};

/**
 * Prepares the inserts inside the caller's transaction. Each is drizzle's own INSERT with a
 * placeholder per column, so column names and value encoding (booleans) stay drizzle's, while a
 * row costs one statement execution and no SQL building.
 */
export function prepareDemoInserts(tx: WriteTx): DemoInserts {
  return {
    household: prepareInsert(tx, household),
    person: prepareInsert(tx, person),
    supportCase: prepareInsert(tx, supportCase),
    caseField: prepareInsert(tx, caseField),
    caseTag: prepareInsert(tx, caseTag),
    caseAgency: prepareInsert(tx, caseAgency),
    consent: prepareInsert(tx, consent),
    consentAgency: prepareInsert(tx, consentAgency),
    progressNote: prepareInsert(tx, progressNote),
    supportPlan: prepareInsert(tx, supportPlan),
    planIssue: prepareInsert(tx, planIssue),
    planGoal: prepareInsert(tx, planGoal),
    planSupportRow: prepareInsert(tx, planSupportRow),
    planEvaluation: prepareInsert(tx, planEvaluation),
    planGoalEvaluation: prepareInsert(tx, planGoalEvaluation),
    endPlan: prepareEndPlan(tx),
  };
}

/** One table's insert, prepared once (the later passes prepare theirs with it too). */
export function prepareInsert<T extends SQLiteTable>(tx: WriteTx, table: T): Insert<T> {
  const placeholders = Object.fromEntries(
    Object.keys(getTableColumns(table))
      .filter((key) => key !== 'id')
      .map((key) => [key, sql.placeholder(key)]),
  ) as SQLiteInsertValue<T>;
  const statement = tx.insert(table).values(placeholders).prepare();
  return (row) => Number(statement.run(row).lastInsertRowid);
}

function prepareEndPlan(tx: WriteTx): (planId: number, updatedAt: string) => void {
  const statement = tx
    .update(supportPlan)
    .set({ status: 'ended', updatedAt: sql`${sql.placeholder('updatedAt')}` })
    .where(eq(supportPlan.id, sql.placeholder('planId')))
    .prepare();
  return (planId, updatedAt) => {
    statement.run({ planId, updatedAt });
  };
}
