import type { ReadDb } from '../../../db/database';
import { findMeetingById } from '../../../db/repositories/meetingRepository';
import type { MeetingRow } from '../../../db/schema';
import { AppError } from '../../contract/errors';

export function meetingNotFound(): AppError {
  return new AppError('NOT_FOUND', '会議が見つかりません。');
}

/** A refusal because of the meeting's state or the rules of its kind, in Japanese. */
export function meetingConflict(message: string): AppError {
  return new AppError('CONFLICT', message);
}

/** Meetings themselves are not restricted: any signed-in role may read one (its cases may be). */
export function requireMeeting(db: ReadDb, id: number): MeetingRow {
  const row = findMeetingById(db, id);
  if (!row) throw meetingNotFound();
  return row;
}

export const cancelledMeetingMessage =
  '中止した会議は変更できません。先に会議の状態を「予定」に戻してください。';

/**
 * A 中止 meeting is a record that it did not take place: its agenda, attendees, minutes and
 * decisions stay as they were until it is set back to 予定.
 */
export function requireOpenMeeting(db: ReadDb, id: number): MeetingRow {
  const row = requireMeeting(db, id);
  if (row.status === 'cancelled') {
    throw meetingConflict(
      '中止した会議は変更できません。先に会議の状態を「予定」に戻してください。',
    );
  }
  return row;
}
