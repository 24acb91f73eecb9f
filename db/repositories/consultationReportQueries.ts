import {
  and,
  between,
  count,
  isNotNull,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { ReadDb } from '../database';
import { supportCase } from '../schema';
import type { DateSpan } from './caseReportQueries';

/**
 * 継続 and 実人数 for the monthly report (services/excel/report), one definition for a month and
 * for a 年度: a case is 継続 in a month when it was received before the month's first day and was
 * neither closed (終結日) nor suspended (中断日) before that day. A 年度 is its months: `starts` are
 * the first days of the months counted. Every case counts, restricted or not (numbers only).
 */
function continuingAt(start: string): SQL {
  const c = supportCase;
  return sql`(${c.receivedOn} < ${start}
    AND (${c.closedOn} IS NULL OR ${c.closedOn} >= ${start})
    AND (${c.suspendedOn} IS NULL OR ${c.suspendedOn} >= ${start}))`;
}

/**
 * Distinct 本人. The unary plus keeps SQLite from walking the person index for DISTINCT (every
 * case row read) instead of the date range of support_case_continuing, which holds person_id.
 */
const distinctPersons = sql<number>`count(DISTINCT +${supportCase.personId})`;

/** 継続 in any of the months; the outer bound lets SQLite read one range of the index. */
function continuingInAny(starts: string[]): SQL | undefined {
  const last = starts.at(-1);
  if (last === undefined) return sql`0`;
  return and(lt(supportCase.receivedOn, last), or(...starts.map(continuingAt)));
}

/** Cases 継続 in the month starting on `start`. */
export function continuingCases(db: ReadDb, start: string): number {
  return (
    db
      .select({ n: count() })
      .from(supportCase)
      .where(and(lt(supportCase.receivedOn, start), continuingAt(start)))
      .get()?.n ?? 0
  );
}

/** Distinct people (本人) with a case 継続 in any of the months. */
export function continuingPersons(db: ReadDb, starts: string[]): number {
  return (
    db.select({ n: distinctPersons }).from(supportCase).where(continuingInAny(starts)).get()?.n ?? 0
  );
}

/** Distinct people with a case received in the span. */
export function newPersons(db: ReadDb, span: DateSpan): number {
  return (
    db
      .select({ n: distinctPersons })
      .from(supportCase)
      .where(between(supportCase.receivedOn, span.from, span.to))
      .get()?.n ?? 0
  );
}

/** Distinct people with a case received in the span or 継続 in any of its months. */
export function consultationPersons(db: ReadDb, span: DateSpan, starts: string[]): number {
  return (
    db
      .select({ n: distinctPersons })
      .from(supportCase)
      .where(
        and(
          lte(supportCase.receivedOn, span.to),
          or(between(supportCase.receivedOn, span.from, span.to), continuingInAny(starts)),
        ),
      )
      .get()?.n ?? 0
  );
}

/** Cases suspended (中断日) in the span: still 中断, or closed since. */
export function suspendedCases(db: ReadDb, span: DateSpan): number {
  return (
    db
      .select({ n: count() })
      .from(supportCase)
      .where(
        and(
          isNotNull(supportCase.suspendedOn),
          between(supportCase.suspendedOn, span.from, span.to),
        ),
      )
      .get()?.n ?? 0
  );
}
