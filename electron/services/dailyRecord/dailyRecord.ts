import { sql } from 'drizzle-orm';
import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import {
  contactsOfDay,
  intakesOfDay,
  meetingsOfDay,
  notesOfDay,
} from '../../../db/repositories/dailyRecordQueries';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { fieldsOfCases } from '../../../db/repositories/supportCaseRepository';
import { supportCase } from '../../../db/schema';
import { localTimeOf } from '../../contract/japaneseDate/japanTime';
import type { DailyRecord } from '../../contract/schemas/dailyRecord';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { visibleHouseholdSql, withVisibility } from '../cases/caseAccess';
import { invalidField } from '../cases/caseErrors';
import type { Clock } from '../clock';
import { visibleOutreachSql } from '../outreach/outreachAccess';
import { getSettings } from '../settings/settingsService';

/**
 * 一日の相談記録: the 経過記録 (by their 日時), 相談受付 (cases received), アウトリーチ contacts and
 * meetings (held, or planned for the day; not 中止) of one date in Japan, for one staff member or
 * the whole office. Records of cases the actor may not see (閲覧制限, and households another
 * restricted case hides) are left out, as everywhere else: for them the day has no such record.
 */
export function buildDailyRecord(
  db: ReadDb,
  actor: Actor,
  input: ParsedInput<'dailyRecord.get'>,
): DailyRecord {
  const { date, staffId } = input;
  let staffName: string | null = null;
  if (staffId !== null) {
    const row = findStaffById(db, staffId);
    if (!row) throw invalidField('staffId', '職員が見つかりません');
    staffName = row.displayName;
  }
  const caseVisible = withVisibility(
    actor,
    visibleHouseholdSql(actor, sql`${supportCase.householdId}`),
  );
  const intakeRows = intakesOfDay(db, { date, staffId, visible: caseVisible });
  const fields = fieldsOfCases(
    db,
    intakeRows.map((row) => row.caseRow.id),
  );
  const kindNames = getSettings(db).meetingKindNames;
  return {
    date,
    staffId,
    staffName,
    notes: notesOfDay(db, { date, staffId, visible: caseVisible }).map((row) => ({
      id: row.note.id,
      caseId: row.note.caseId,
      caseNumber: row.caseNumber,
      personName: row.personName,
      time: localTimeOf(row.note.occurredAt),
      means: row.note.means,
      counterpart: row.note.counterpart,
      staffName: row.staffName,
      facts: row.note.facts,
      assessment: row.note.assessment,
      nextAction: row.note.nextAction,
      nextActionOn: row.nextActionOn,
      minutes: row.note.minutes,
      restricted: row.restricted,
      withdrawn: row.note.withdrawnAt !== null,
    })),
    intakes: intakeRows.map(({ caseRow, personName, receivedByName }) => ({
      caseId: caseRow.id,
      caseNumber: caseRow.caseNumber,
      personName,
      receivedByName,
      route: caseRow.route,
      fields: fields.get(caseRow.id) ?? [],
      urgency: caseRow.urgency,
      chiefComplaint: caseRow.chiefComplaint,
      restricted: caseRow.restricted,
    })),
    contacts: contactsOfDay(db, { date, staffId, visible: visibleOutreachSql(actor) }).map(
      (row) => ({
        id: row.contact.id,
        targetId: row.contact.targetId,
        targetName: row.targetName,
        method: row.contact.method,
        result: row.contact.result,
        staffName: row.staffName,
        note: row.contact.note,
      }),
    ),
    meetings: meetingsOfDay(db, { date, staffId }).map((row) => ({
      id: row.meeting.id,
      kind: row.meeting.kind,
      kindName: kindNames[row.meeting.kind],
      title: row.meeting.title,
      startTime: row.meeting.startTime,
      endTime: row.meeting.endTime,
      place: row.meeting.place,
      status: row.meeting.status,
      chairName: row.chairStaffName ?? row.meeting.chairName,
      caseCount: row.caseCount,
    })),
  };
}

/** The 一日の相談記録 screen; audited as a view (the date and the staff member, no content). */
export function getDailyRecord(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'dailyRecord.get'>,
): DailyRecord {
  return withTransaction(db, (tx) => {
    const record = buildDailyRecord(tx, actor, input);
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'dailyRecord.view',
      detail: dailyRecordAuditDetail(input),
    });
    return record;
  });
}

/** What the audit row of a view or print of the day records: the date and whose day. */
export function dailyRecordAuditDetail(input: ParsedInput<'dailyRecord.get'>) {
  return input.staffId === null
    ? { on: input.date }
    : { on: input.date, staffIds: [input.staffId] };
}
