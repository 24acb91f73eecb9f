import { and, between, count, countDistinct, eq, sql } from 'drizzle-orm';
import type { OutreachResult } from '../../electron/contract/communityCodes';
import type { MeetingKind } from '../../electron/contract/meetingCodes';
import type { ReadDb } from '../database';
import {
  communityActivity,
  meeting,
  meetingCase,
  outreachContact,
  participationMatch,
  resource,
} from '../schema';
import type { DateSpan } from './caseReportQueries';

/**
 * Counts of meetings, outreach, 参加支援 and 地域づくり for the monthly report
 * (services/excel/report). Dates are ISO text, both ends of a span included.
 */

/**
 * Meetings of a kind held in the span, and the distinct cases on their agendas. Only meetings
 * recorded as 開催済 count: a 予定 past its date may not have taken place, and a 中止 did not.
 */
export function meetingsHeld(
  db: ReadDb,
  kind: MeetingKind,
  span: DateSpan,
): { held: number; cases: number } {
  const held = and(
    eq(meeting.kind, kind),
    between(meeting.heldOn, span.from, span.to),
    eq(meeting.status, 'held'),
  );
  const meetings = db.select({ n: count() }).from(meeting).where(held).get()?.n ?? 0;
  const cases =
    db
      .select({ n: countDistinct(meetingCase.caseId) })
      .from(meeting)
      .innerJoin(meetingCase, eq(meetingCase.meetingId, meeting.id))
      .where(held)
      .get()?.n ?? 0;
  return { held: meetings, cases };
}

/**
 * Outreach contacts in the span (every attempt, 不在 and 拒否 included), by result, and the
 * distinct people (targets) they were with: all of them, and those met (会えた) at least once.
 */
export function outreachContacts(
  db: ReadDb,
  span: DateSpan,
): {
  contacts: number;
  people: number;
  peopleMet: number;
  byResult: Array<{ result: OutreachResult; n: number }>;
} {
  const inSpan = between(outreachContact.contactedOn, span.from, span.to);
  const row = db
    .select({
      contacts: count(),
      people: countDistinct(outreachContact.targetId),
      peopleMet: sql<number>`count(DISTINCT CASE WHEN ${outreachContact.result} = 'met' THEN ${outreachContact.targetId} END)`,
    })
    .from(outreachContact)
    .where(inSpan)
    .get();
  const byResult = db
    .select({ result: outreachContact.result, n: count() })
    .from(outreachContact)
    .where(inSpan)
    .groupBy(outreachContact.result)
    .all();
  return {
    contacts: row?.contacts ?? 0,
    people: row?.people ?? 0,
    peopleMet: row?.peopleMet ?? 0,
    byResult,
  };
}

/** Matches whose 参加中 began (started_on) in the span. */
export function matchesStarted(db: ReadDb, span: DateSpan): number {
  return (
    db
      .select({ n: count() })
      .from(participationMatch)
      .where(between(participationMatch.startedOn, span.from, span.to))
      .get()?.n ?? 0
  );
}

/**
 * Whether a match was 参加中 or 定着 at the end of `day`: begun by then, and either still so
 * now, or ended (終了・中断) only after that day. A 中断 with no end date is not counted.
 */
function activeAt(day: string) {
  const m = participationMatch;
  return sql`${m.startedOn} <= ${day} AND (
    (${m.status} IN ('participating', 'settled') AND (${m.endedOn} IS NULL OR ${m.endedOn} > ${day}))
    OR (${m.status} IN ('ended', 'suspended') AND ${m.endedOn} > ${day}))`;
}

/**
 * Matches 参加中 or 定着 at the end of `day`, and the distinct host organisations they are at:
 * a directory agency when the resource names one, else its 運営・受入先 as written, else the
 * resource itself.
 */
export function matchesActiveAt(db: ReadDb, day: string): { matches: number; hosts: number } {
  const hostKey = sql`coalesce('agency:' || ${resource.hostAgencyId},
    'name:' || nullif(trim(${resource.hostName}), ''), 'resource:' || ${resource.id})`;
  const row = db
    .select({ matches: count(), hosts: countDistinct(hostKey) })
    .from(participationMatch)
    .innerJoin(resource, eq(resource.id, participationMatch.resourceId))
    .where(activeAt(day))
    .get();
  return { matches: row?.matches ?? 0, hosts: row?.hosts ?? 0 };
}

/** 地域づくり activities held in the span, and their participants summed. */
export function communityActivities(
  db: ReadDb,
  span: DateSpan,
): { activities: number; participants: number } {
  const row = db
    .select({
      activities: count(),
      participants: sql<number>`coalesce(sum(${communityActivity.participants}), 0)`,
    })
    .from(communityActivity)
    .where(between(communityActivity.heldOn, span.from, span.to))
    .get();
  return { activities: row?.activities ?? 0, participants: row?.participants ?? 0 };
}
