import { withTransaction, type Db, type ReadDb, type WriteTx } from '../../../db/database';
import { agendaSize } from '../../../db/repositories/meetingCaseRepository';
import { decisionCountOfMeeting } from '../../../db/repositories/meetingDecisionRepository';
import {
  findMeetingById,
  insertMeeting,
  updateMeeting as writeMeeting,
} from '../../../db/repositories/meetingRepository';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { stampFor } from '../../../db/repositories/stamp';
import type { MeetingRow } from '../../../db/schema';
import type { MeetingView } from '../../contract/schemas/meeting';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { changedKeys } from '../cases/changedKeys';
import { invalidField } from '../cases/caseErrors';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { meetingConflict, meetingNotFound, requireMeeting } from './meetingAccess';
import { buildMeetingView } from './meetingView';

type Header = Omit<ParsedInput<'meeting.create'>, 'kind'>;

function headerValues(header: Header) {
  return {
    title: header.title,
    heldOn: header.heldOn,
    startTime: header.startTime,
    endTime: header.endTime,
    place: header.place,
    chairStaffId: header.chairStaffId,
    chairName: header.chairName,
    nextMeetingOn: header.nextMeetingOn,
  };
}

function requireChair(db: ReadDb, chairStaffId: number | null): void {
  if (chairStaffId !== null && !findStaffById(db, chairStaffId)) {
    throw invalidField('chairStaffId', '司会の職員が見つかりません');
  }
}

function requireNextAfterHeld(header: Header): void {
  if (header.nextMeetingOn !== null && header.nextMeetingOn <= header.heldOn) {
    throw invalidField('nextMeetingOn', '次回開催予定日は開催日より後にしてください');
  }
}

/** The meeting re-read after a write in the same transaction. */
export function reloadMeetingView(tx: WriteTx, actor: Actor, id: number): MeetingView {
  const row = findMeetingById(tx, id);
  if (!row) throw meetingNotFound();
  return buildMeetingView(tx, actor, row);
}

/** A new 会議 (予定) of any kind and date (meetings are planned ahead); audited with its kind. */
export function createMeeting(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'meeting.create'>,
): MeetingView {
  return withTransaction(db, (tx) => {
    requireChair(tx, input.chairStaffId);
    requireNextAfterHeld(input);
    const at = clock.now();
    const row = insertMeeting(
      tx,
      { kind: input.kind, status: 'planned', ...headerValues(input) },
      stampFor(at, actor.staffId),
    );
    appendAudit(tx, {
      at,
      actor,
      action: 'meeting.create',
      target: { type: 'meeting', id: row.id },
      detail: { kind: row.kind, heldOn: row.heldOn },
    });
    return buildMeetingView(tx, actor, row);
  });
}

/**
 * The rules of a change of kind or status: the kind only while the agenda is empty (the consent
 * rule was checked against it); 開催済 not before the day; 中止 not once something was decided.
 */
function requireAllowedChange(
  tx: WriteTx,
  row: MeetingRow,
  input: ParsedInput<'meeting.update'>,
  today: string,
) {
  if (input.kind !== undefined && input.kind !== row.kind && agendaSize(tx, row.id) > 0) {
    throw meetingConflict('議題にケースがある会議は種類を変更できません。');
  }
  if (input.status === 'held' && input.heldOn > today) {
    throw meetingConflict('開催日より前に「開催済」にはできません。');
  }
  if (
    input.status === 'cancelled' &&
    row.status !== 'cancelled' &&
    decisionCountOfMeeting(tx, row.id) > 0
  ) {
    throw meetingConflict('決定事項が記録された会議は中止にできません。');
  }
}

/**
 * Replaces the header as sent; status and 全体の協議 only when given. Audited with the names of
 * the fields that changed, never their content.
 */
export function updateMeeting(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'meeting.update'>,
): MeetingView {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    const row = requireMeeting(tx, input.id);
    requireChair(tx, input.chairStaffId);
    requireNextAfterHeld(input);
    requireAllowedChange(tx, row, input, today);
    const next = {
      ...headerValues(input),
      kind: input.kind ?? row.kind,
      status: input.status ?? row.status,
      generalMinutes: input.generalMinutes ?? row.generalMinutes,
      nextMeetingNote: input.nextMeetingNote ?? row.nextMeetingNote,
    };
    const fields = changedKeys(row, next);
    if (fields.length > 0) {
      const at = clock.now();
      writeMeeting(tx, row.id, next, stampFor(at, actor.staffId));
      appendAudit(tx, {
        at,
        actor,
        action: 'meeting.update',
        target: { type: 'meeting', id: row.id },
        detail: { fields },
      });
    }
    return reloadMeetingView(tx, actor, row.id);
  });
}
