import { asc, eq } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { agency, meetingAttendee } from '../schema';
import { createdColumns, type Stamp, type StampColumn } from './stamp';

export type AttendeeValues = Omit<
  typeof meetingAttendee.$inferInsert,
  'id' | 'meetingId' | 'position' | StampColumn
>;

/** Replaces a meeting's attendee list with `attendees`, in that order. */
export function replaceAttendees(
  tx: WriteTx,
  meetingId: number,
  attendees: readonly AttendeeValues[],
  stamp: Stamp,
): void {
  tx.delete(meetingAttendee).where(eq(meetingAttendee.meetingId, meetingId)).run();
  if (attendees.length === 0) return;
  tx.insert(meetingAttendee)
    .values(
      attendees.map((a, i) => ({ ...a, meetingId, position: i + 1, ...createdColumns(stamp) })),
    )
    .run();
}

/** A meeting's attendees in order, with the name of each one's agency. */
export function attendeesOfMeeting(db: ReadDb, meetingId: number) {
  return db
    .select({ attendee: meetingAttendee, agencyName: agency.name })
    .from(meetingAttendee)
    .leftJoin(agency, eq(agency.id, meetingAttendee.agencyId))
    .where(eq(meetingAttendee.meetingId, meetingId))
    .orderBy(asc(meetingAttendee.position))
    .all();
}
