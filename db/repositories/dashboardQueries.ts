import { and, asc, between, count, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Field, Route, Stage } from '../../electron/contract/caseCodes';
import type { MeetingKind } from '../../electron/contract/meetingCodes';
import type { ReadDb } from '../database';
import { caseField, meeting, supportCase } from '../schema';

/**
 * The home dashboard's counts and lists that are not outreach or matches (those reuse their own
 * list queries). Dates are ISO text, both ends of a span included.
 */

/**
 * Cases of these stages where the staff member is 主担当 or 副担当, passing `visible`, by stage:
 * 主担当, then 副担当 where not also 主担当 — two disjoint ranges of the staff indexes, where an OR
 * of the two would be checked on every case of the stages (as in the case list's totals).
 */
export function staffCaseStageCounts(
  db: ReadDb,
  staffId: number,
  stages: readonly Stage[],
  visible: SQL | undefined,
): Array<{ stage: Stage; n: number }> {
  const counted = (assigned: SQL | undefined) =>
    db
      .select({ stage: supportCase.stage, n: count() })
      .from(supportCase)
      .where(and(assigned, inArray(supportCase.stage, [...stages]), visible))
      .groupBy(supportCase.stage)
      .all();
  const totals = new Map<Stage, number>();
  for (const row of [
    ...counted(eq(supportCase.mainStaffId, staffId)),
    ...counted(
      and(
        eq(supportCase.subStaffId, staffId),
        sql`coalesce(${supportCase.mainStaffId}, 0) <> ${staffId}`,
      ),
    ),
  ]) {
    totals.set(row.stage, (totals.get(row.stage) ?? 0) + row.n);
  }
  return [...totals].map(([stage, n]) => ({ stage, n }));
}

/** Cases received in the span by month (`YYYY-MM`) and 相談経路; every case, counts only. */
export function newCasesByMonthAndRoute(
  db: ReadDb,
  from: string,
  to: string,
  visible?: SQL,
): Array<{ month: string; route: Route; n: number }> {
  const month = sql<string>`substr(${supportCase.receivedOn}, 1, 7)`;
  return db
    .select({ month, route: supportCase.route, n: count() })
    .from(supportCase)
    .where(and(between(supportCase.receivedOn, from, to), visible))
    .groupBy(month, supportCase.route)
    .all();
}

/** Cases received in the span by month and 相談分野: a case with several fields is in each. */
export function newCasesByMonthAndField(
  db: ReadDb,
  from: string,
  to: string,
  visible?: SQL,
): Array<{ month: string; field: Field; n: number }> {
  const month = sql<string>`substr(${supportCase.receivedOn}, 1, 7)`;
  return db
    .select({ month, field: caseField.field, n: count() })
    .from(supportCase)
    .innerJoin(caseField, eq(caseField.caseId, supportCase.id))
    .where(and(between(supportCase.receivedOn, from, to), visible))
    .groupBy(month, caseField.field)
    .all();
}

export type WeekMeetingRow = {
  id: number;
  kind: MeetingKind;
  title: string;
  heldOn: string;
  startTime: string | null;
  caseCount: number;
};

/** Meetings held or planned (not 中止) in the span, by day and start time, with agenda sizes. */
export function meetingsBetween(db: ReadDb, from: string, to: string): WeekMeetingRow[] {
  return db
    .select({
      id: meeting.id,
      kind: meeting.kind,
      title: meeting.title,
      heldOn: meeting.heldOn,
      startTime: meeting.startTime,
      // Qualified by hand: drizzle leaves columns unqualified in a select without joins.
      caseCount: sql<number>`(SELECT count(*) FROM meeting_case mc WHERE mc.meeting_id = meeting.id)`,
    })
    .from(meeting)
    .where(and(between(meeting.heldOn, from, to), ne(meeting.status, 'cancelled')))
    .orderBy(asc(meeting.heldOn), asc(meeting.startTime), asc(meeting.id))
    .all();
}
