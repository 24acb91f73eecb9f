import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { meeting, type MeetingRow } from '../schema';
import type { MeetingKind } from '../../electron/contract/meetingCodes';
import { createdColumns, updatedColumns, type Stamp, type StampColumn } from './stamp';

export type MeetingValues = Omit<typeof meeting.$inferInsert, 'id' | StampColumn>;
export type MeetingPatch = Partial<MeetingValues>;

export function insertMeeting(tx: WriteTx, values: MeetingValues, stamp: Stamp): MeetingRow {
  return tx
    .insert(meeting)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
}

export function updateMeeting(tx: WriteTx, id: number, patch: MeetingPatch, stamp: Stamp): void {
  tx.update(meeting)
    .set({ ...patch, ...updatedColumns(stamp) })
    .where(eq(meeting.id, id))
    .run();
}

/** Marks the meeting changed (its agenda, attendees or decisions were). */
export function touchMeeting(tx: WriteTx, id: number, stamp: Stamp): void {
  updateMeeting(tx, id, {}, stamp);
}

export function findMeetingById(db: ReadDb, id: number): MeetingRow | undefined {
  return db.select().from(meeting).where(eq(meeting.id, id)).get();
}

export type MeetingListFilter = { from?: string; to?: string; kind?: MeetingKind };

// Qualified by hand: drizzle leaves columns unqualified in a one-table select, which inside a
// subquery would bind to the subquery's own table.
const caseCount = sql<number>`(SELECT count(*) FROM meeting_case mc WHERE mc.meeting_id = "meeting"."id")`;
const attendeeCount = sql<number>`(SELECT count(*) FROM meeting_attendee ma WHERE ma.meeting_id = "meeting"."id")`;

/**
 * Meetings held in the period (both ends included, either open) and of the kind if given, newest
 * first, with how many cases and attendees each has. Reads meeting_kind or meeting_held_on.
 */
export function listMeetingRows(db: ReadDb, filter: MeetingListFilter) {
  return db
    .select({ meeting, caseCount, attendeeCount })
    .from(meeting)
    .where(
      and(
        filter.kind === undefined ? undefined : eq(meeting.kind, filter.kind),
        filter.from === undefined ? undefined : gte(meeting.heldOn, filter.from),
        filter.to === undefined ? undefined : lte(meeting.heldOn, filter.to),
      ),
    )
    .orderBy(desc(meeting.heldOn), desc(meeting.id))
    .all();
}
