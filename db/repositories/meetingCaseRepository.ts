import { and, asc, desc, eq, max, sql, type SQL } from 'drizzle-orm';
import type { ConsentState } from '../../electron/contract/caseCodes';
import type { ReadDb, WriteTx } from '../database';
import { meeting, meetingCase, person, supportCase, type MeetingCaseRow } from '../schema';
import { createdColumns, updatedColumns, type Stamp } from './stamp';

/**
 * The case's current 重層的支援会議での検討 consent (consent_current, kept by triggers from the
 * latest consent row of the kind); 未確認 when none was ever recorded.
 */
export function jusouConsentStateSql(caseId: SQL | typeof supportCase.id): SQL<ConsentState> {
  return sql<ConsentState>`coalesce((SELECT cc.state FROM consent_current cc
    WHERE cc.case_id = ${caseId} AND cc.kind = 'jusouMeeting'), 'unconfirmed')`;
}

export function jusouConsentState(db: ReadDb, caseId: number): ConsentState {
  const row = db.get<{ state: ConsentState }>(
    sql`SELECT ${jusouConsentStateSql(sql`${caseId}`)} AS state`,
  );
  return row.state;
}

/** Puts the case last on the agenda. */
export function insertMeetingCase(
  tx: WriteTx,
  meetingId: number,
  caseId: number,
  stamp: Stamp,
): MeetingCaseRow {
  const last = tx
    .select({ position: max(meetingCase.position) })
    .from(meetingCase)
    .where(eq(meetingCase.meetingId, meetingId))
    .get();
  return tx
    .insert(meetingCase)
    .values({ meetingId, caseId, position: (last?.position ?? 0) + 1, ...createdColumns(stamp) })
    .returning()
    .get();
}

export function deleteMeetingCase(tx: WriteTx, id: number): void {
  tx.delete(meetingCase).where(eq(meetingCase.id, id)).run();
}

/** What the minutes of one case hold besides its place on the agenda. */
export type MeetingCaseMinutes = Partial<
  Pick<MeetingCaseRow, 'minutes' | 'startTime' | 'endTime' | 'agencyReports' | 'personWishes'>
>;

export function updateMeetingCaseMinutes(
  tx: WriteTx,
  id: number,
  minutes: MeetingCaseMinutes,
  stamp: Stamp,
): void {
  tx.update(meetingCase)
    .set({ ...minutes, ...updatedColumns(stamp) })
    .where(eq(meetingCase.id, id))
    .run();
}

export function findMeetingCase(
  db: ReadDb,
  meetingId: number,
  caseId: number,
): MeetingCaseRow | undefined {
  return db
    .select()
    .from(meetingCase)
    .where(and(eq(meetingCase.meetingId, meetingId), eq(meetingCase.caseId, caseId)))
    .get();
}

export function findMeetingCaseById(db: ReadDb, id: number): MeetingCaseRow | undefined {
  return db.select().from(meetingCase).where(eq(meetingCase.id, id)).get();
}

/** How many cases are on the agenda, seen or not. */
export function agendaSize(db: ReadDb, meetingId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(meetingCase)
      .where(eq(meetingCase.meetingId, meetingId))
      .get()?.n ?? 0
  );
}

/**
 * A meeting's agenda in order: each case's header, its person and its current 重層的支援会議
 * consent, with `visible` saying whether the caller's 閲覧制限 condition lets them see it.
 */
export function agendaOfMeeting(db: ReadDb, meetingId: number, visible: SQL) {
  return db
    .select({
      meetingCaseId: meetingCase.id,
      caseId: supportCase.id,
      position: meetingCase.position,
      minutes: meetingCase.minutes,
      startTime: meetingCase.startTime,
      endTime: meetingCase.endTime,
      agencyReports: meetingCase.agencyReports,
      personWishes: meetingCase.personWishes,
      caseNumber: supportCase.caseNumber,
      stage: supportCase.stage,
      chiefComplaint: supportCase.chiefComplaint,
      personName: person.name,
      personKana: person.nameKana,
      consentState: jusouConsentStateSql(supportCase.id),
      visible: sql<number>`(${visible})`,
    })
    .from(meetingCase)
    .innerJoin(supportCase, eq(supportCase.id, meetingCase.caseId))
    .innerJoin(person, eq(person.id, supportCase.personId))
    .where(eq(meetingCase.meetingId, meetingId))
    .orderBy(asc(meetingCase.position))
    .all();
}

/** The meetings a case was on the agenda of, newest first, with its 協議内容 at each. */
export function meetingsOfCase(db: ReadDb, caseId: number) {
  return db
    .select({ meeting, meetingCaseId: meetingCase.id, minutes: meetingCase.minutes })
    .from(meetingCase)
    .innerJoin(meeting, eq(meeting.id, meetingCase.meetingId))
    .where(eq(meetingCase.caseId, caseId))
    .orderBy(desc(meeting.heldOn), desc(meeting.id))
    .all();
}
