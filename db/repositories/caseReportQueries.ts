import { and, between, count, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { Field, Route } from '../../electron/contract/caseCodes';
import type { ReadDb } from '../database';
import { caseField, progressNote, supportCase, supportPlan } from '../schema';

/**
 * Counts of case work for the monthly report (services/excel/report). Every query reads every
 * case, restricted or not: the report holds numbers only. Dates are ISO text, both ends included.
 */
export type DateSpan = { from: string; to: string };

/** Cases received (受付日) in the span, by 相談経路. */
export function newCasesByRoute(db: ReadDb, span: DateSpan): Array<{ route: Route; n: number }> {
  return db
    .select({ route: supportCase.route, n: count() })
    .from(supportCase)
    .where(between(supportCase.receivedOn, span.from, span.to))
    .groupBy(supportCase.route)
    .all();
}

/** Cases received in the span, by 相談分野: a case with several fields is in each. */
export function newCasesByField(db: ReadDb, span: DateSpan): Array<{ field: Field; n: number }> {
  return db
    .select({ field: caseField.field, n: count() })
    .from(supportCase)
    .innerJoin(caseField, eq(caseField.caseId, supportCase.id))
    .where(between(supportCase.receivedOn, span.from, span.to))
    .groupBy(caseField.field)
    .all();
}

/** Cases received in the span with two or more 相談分野. */
export function newMultiFieldCases(db: ReadDb, span: DateSpan): number {
  const row = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (
    SELECT ${caseField.caseId} FROM ${supportCase}
      JOIN ${caseField} ON ${caseField.caseId} = ${supportCase.id}
     WHERE ${supportCase.receivedOn} BETWEEN ${span.from} AND ${span.to}
     GROUP BY ${caseField.caseId} HAVING count(*) >= 2)`);
  return row.n;
}

/** Cases closed (終結日) in the span. */
export function closedCases(db: ReadDb, span: DateSpan): number {
  return (
    db
      .select({ n: count() })
      .from(supportCase)
      .where(between(supportCase.closedOn, span.from, span.to))
      .get()?.n ?? 0
  );
}

/** 経過記録 dated in the span (their local date-time's day). */
export function notesInSpan(db: ReadDb, span: DateSpan, endExclusive: string): number {
  // `occurred_at` is local `YYYY-MM-DDTHH:mm`: a text range on the index, no substr per row.
  return (
    db
      .select({ n: count() })
      .from(progressNote)
      .where(
        and(gte(progressNote.occurredAt, span.from), lt(progressNote.occurredAt, endExclusive)),
      )
      .get()?.n ?? 0
  );
}

/** Cases that became 多機関協働 (its start date) in the span. */
export function coordinationStarted(db: ReadDb, span: DateSpan): number {
  return (
    db
      .select({ n: count() })
      .from(supportCase)
      // A literal 1, not a bound value, so SQLite may read the partial index of 多機関協働 cases.
      .where(
        and(
          sql`${supportCase.coordination} = 1`,
          between(supportCase.coordinationOn, span.from, span.to),
        ),
      )
      .get()?.n ?? 0
  );
}

/**
 * Plan versions confirmed (確定) between two instants (ISO UTC, the end excluded), split into
 * version 1 and later versions. A version counts once however its status moved on since.
 */
export function plansConfirmed(
  db: ReadDb,
  fromUtc: string,
  toUtcExclusive: string,
): { first: number; revised: number } {
  const row = db
    .select({
      first: sql<number>`coalesce(sum(${supportPlan.version} = 1), 0)`,
      all: count(),
    })
    .from(supportPlan)
    .where(
      and(
        isNotNull(supportPlan.confirmedAt),
        gte(supportPlan.confirmedAt, fromUtc),
        lt(supportPlan.confirmedAt, toUtcExclusive),
      ),
    )
    .get();
  const first = row?.first ?? 0;
  return { first, revised: (row?.all ?? 0) - first };
}
