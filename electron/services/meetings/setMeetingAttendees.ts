import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import { existingAgencyIds } from '../../../db/repositories/agencyRepository';
import {
  replaceAttendees,
  type AttendeeValues,
} from '../../../db/repositories/meetingAttendeeRepository';
import { listStaffRows } from '../../../db/repositories/staffListRepository';
import { stampFor } from '../../../db/repositories/stamp';
import type { StaffRow } from '../../../db/schema';
import { AppError, type FieldIssue } from '../../contract/errors';
import type { MeetingView } from '../../contract/schemas/meeting';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { requireOpenMeeting } from './meetingAccess';
import { reloadMeetingView } from './meetingHeader';

type Input = ParsedInput<'meeting.setAttendees'>;

/** Every staff member by id (a town's staff list is short). */
function staffById(db: ReadDb): Map<number, StaffRow> {
  return new Map(listStaffRows(db).map((row) => [row.id, row]));
}

/**
 * Each staff member at most once and existing; each agency existing. A staff attendee's name and
 * 所属 are their current ones when none was typed, so the minutes keep who attended as they were.
 */
function attendeeValues(db: ReadDb, input: Input): AttendeeValues[] {
  const staffRows = staffById(db);
  const agencies = existingAgencyIds(
    db,
    input.attendees.flatMap((a) => (a.agencyId === null ? [] : [a.agencyId])),
  );
  const issues: FieldIssue[] = [];
  const seen = new Set<number>();
  input.attendees.forEach((a, i) => {
    if (a.staffId !== null && !staffRows.has(a.staffId)) {
      issues.push({ path: `attendees.${i}.staffId`, message: '職員が見つかりません' });
    } else if (a.staffId !== null && seen.has(a.staffId)) {
      issues.push({ path: `attendees.${i}.staffId`, message: '同じ職員が2回入力されています' });
    }
    if (a.staffId !== null) seen.add(a.staffId);
    if (a.agencyId !== null && !agencies.has(a.agencyId)) {
      issues.push({ path: `attendees.${i}.agencyId`, message: '関係機関が見つかりません' });
    }
  });
  if (issues.length > 0) throw new AppError('VALIDATION', '入力内容に誤りがあります。', issues);
  return input.attendees.map((a) => {
    const member = a.staffId === null ? undefined : staffRows.get(a.staffId);
    return {
      staffId: a.staffId,
      agencyId: a.agencyId,
      name: a.name === '' ? (member?.displayName ?? '') : a.name,
      affiliation: a.affiliation === '' ? (member?.affiliation ?? '') : a.affiliation,
      role: a.role ?? null,
      confidentialityAckOn: a.confidentialityAckOn,
    };
  });
}

/**
 * Replaces the attendee list as sent, in order (staff, agency representatives, others, each with
 * the date they acknowledged 守秘義務). Audited with counts, never names.
 */
export function setMeetingAttendees(db: Db, actor: Actor, clock: Clock, input: Input): MeetingView {
  return withTransaction(db, (tx) => {
    const row = requireOpenMeeting(tx, input.meetingId);
    const values = attendeeValues(tx, input);
    const at = clock.now();
    replaceAttendees(tx, row.id, values, stampFor(at, actor.staffId));
    appendAudit(tx, {
      at,
      actor,
      action: 'meeting.setAttendees',
      target: { type: 'meeting', id: row.id },
      detail: {
        attendees: values.length,
        staffIds: values.flatMap((a) => (a.staffId === null ? [] : [a.staffId])),
        agencyIds: values.flatMap((a) => (a.agencyId === null ? [] : [a.agencyId])),
        acknowledged: values.filter((a) => a.confidentialityAckOn !== null).length,
      },
    });
    return reloadMeetingView(tx, actor, row.id);
  });
}
