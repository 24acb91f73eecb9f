import { alias } from 'drizzle-orm/sqlite-core';
import { and, asc, eq, gte, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { ReadDb } from '../database';
import {
  meeting,
  nextAction,
  outreachContact,
  outreachTarget,
  person,
  progressNote,
  staff,
  supportCase,
} from '../schema';

/**
 * One day's records: `staffId` narrows to one staff member (null: the whole office), `visible`
 * is the 閲覧制限 condition over support_case (or, for contacts, over outreach_target).
 */
export type DayQuery = { date: string; staffId: number | null; visible: SQL | undefined };

/** 経過記録 whose 日時 falls on the day, by time then as written, with the case and the writer. */
export function notesOfDay(db: ReadDb, query: DayQuery) {
  return db
    .select({
      note: progressNote,
      caseNumber: supportCase.caseNumber,
      restricted: supportCase.restricted,
      personName: person.name,
      staffName: staff.displayName,
      nextActionOn: nextAction.dueOn,
    })
    .from(progressNote)
    .innerJoin(supportCase, eq(supportCase.id, progressNote.caseId))
    .innerJoin(person, eq(person.id, supportCase.personId))
    .leftJoin(staff, eq(staff.id, progressNote.staffId))
    .leftJoin(nextAction, eq(nextAction.noteId, progressNote.id))
    .where(
      and(
        // `YYYY-MM-DDTHH:mm`: the day's range on the date index.
        gte(progressNote.occurredAt, `${query.date}T00:00`),
        lte(progressNote.occurredAt, `${query.date}T23:59`),
        query.staffId === null ? undefined : eq(progressNote.staffId, query.staffId),
        query.visible,
      ),
    )
    .orderBy(asc(progressNote.occurredAt), asc(progressNote.id))
    .all();
}

const receiver = alias(staff, 'receiver');

/** Cases received on the day (相談受付), by case number, with who received them. */
export function intakesOfDay(db: ReadDb, query: DayQuery) {
  return db
    .select({
      caseRow: supportCase,
      personName: person.name,
      receivedByName: receiver.displayName,
    })
    .from(supportCase)
    .innerJoin(person, eq(person.id, supportCase.personId))
    .leftJoin(receiver, eq(receiver.id, supportCase.receivedBy))
    .where(
      and(
        eq(supportCase.receivedOn, query.date),
        query.staffId === null ? undefined : eq(supportCase.receivedBy, query.staffId),
        query.visible,
      ),
    )
    .orderBy(asc(supportCase.fiscalYear), asc(supportCase.seq))
    .all();
}

/** アウトリーチ contacts of the day, in the order recorded, with the target and the staff member. */
export function contactsOfDay(db: ReadDb, query: DayQuery) {
  return db
    .select({
      contact: outreachContact,
      targetName: outreachTarget.name,
      staffName: staff.displayName,
    })
    .from(outreachContact)
    .innerJoin(outreachTarget, eq(outreachTarget.id, outreachContact.targetId))
    .leftJoin(staff, eq(staff.id, outreachContact.staffId))
    .where(
      and(
        eq(outreachContact.contactedOn, query.date),
        query.staffId === null ? undefined : eq(outreachContact.staffId, query.staffId),
        query.visible,
      ),
    )
    .orderBy(asc(outreachContact.id))
    .all();
}

const chair = alias(staff, 'chair');

/**
 * Meetings held on the day and not 中止, by start time: for one staff member, those they chaired
 * or attended. `caseCount` counts the whole agenda (as ホーム's week card does).
 */
export function meetingsOfDay(db: ReadDb, query: Omit<DayQuery, 'visible'>) {
  const attended =
    query.staffId === null
      ? undefined
      : or(
          eq(meeting.chairStaffId, query.staffId),
          sql`EXISTS (SELECT 1 FROM meeting_attendee ma WHERE ma.meeting_id = ${meeting.id}
            AND ma.staff_id = ${query.staffId})`,
        );
  return db
    .select({
      meeting,
      chairStaffName: chair.displayName,
      caseCount: sql<number>`(SELECT count(*) FROM meeting_case mc WHERE mc.meeting_id = ${meeting.id})`,
    })
    .from(meeting)
    .leftJoin(chair, eq(chair.id, meeting.chairStaffId))
    .where(and(eq(meeting.heldOn, query.date), ne(meeting.status, 'cancelled'), attended))
    .orderBy(sql`${meeting.startTime} IS NULL`, asc(meeting.startTime), asc(meeting.id))
    .all();
}
