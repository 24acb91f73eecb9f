import { desc, eq } from 'drizzle-orm';
import type { Db, ReadDb } from '../../../db/database';
import { meetingCase } from '../../../db/schema';
import { findMeetingById } from '../../../db/repositories/meetingRepository';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { japanDateOf } from '../../contract/japaneseDate/japanTime';
import type { PrintedDocument } from '../../contract/schemas/print';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import type { Clock } from '../clock';
import {
  meetingMinutesHtml,
  meetingMinutesTitle,
  type MinutesWritten,
} from './forms/meetingMinutesHtml';
import { meetingNameText } from './forms/meetingParts';
import type { PrintOptions } from './printCaseDocument';
import { printMeetingDocument } from './printMeetingDocument';

/**
 * 作成者 and 作成日 of the minutes: whoever last changed the meeting's record (minutes, decisions
 * and attendees touch it) and that day in Japan; null before the meeting is held.
 */
function minutesWritten(db: ReadDb, meetingId: number): MinutesWritten | null {
  const row = findMeetingById(db, meetingId);
  if (row?.status !== 'held') return null;
  // The 協議内容 of each case is kept on its agenda row: the latest change of either is the last
  // time the minutes were written.
  const latest = db
    .select({ updatedAt: meetingCase.updatedAt, updatedBy: meetingCase.updatedBy })
    .from(meetingCase)
    .where(eq(meetingCase.meetingId, meetingId))
    .orderBy(desc(meetingCase.updatedAt))
    .get();
  const last = latest !== undefined && latest.updatedAt > row.updatedAt ? latest : row;
  const by = last.updatedBy === null ? undefined : findStaffById(db, last.updatedBy);
  return { byName: by?.displayName ?? null, on: japanDateOf(last.updatedAt) };
}

/**
 * 会議録 of a meeting with the cases the actor may see (a meeting not yet held prints marked as
 * such by the form); audited on the meeting.
 */
export function printMeetingMinutes(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'print.meetingMinutes'>,
  options: PrintOptions = { format: 'html' },
): PrintedDocument {
  return printMeetingDocument(
    db,
    actor,
    clock,
    { meetingId: input.meetingId, action: 'print.meetingMinutes', options },
    ({ db: tx, meeting, ctx }) => ({
      document: {
        title: `${meetingMinutesTitle}（${meetingNameText(meeting)}）`,
        html: meetingMinutesHtml(
          meeting,
          ctx,
          { initials: input.initials },
          minutesWritten(tx, meeting.id),
        ),
      },
      auditDetail: { initials: input.initials },
    }),
  );
}
