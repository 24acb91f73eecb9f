import type { Db } from '../../../db/database';
import type { PrintedDocument } from '../../contract/schemas/print';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import type { Clock } from '../clock';
import { meetingMinutesHtml, meetingMinutesTitle } from './forms/meetingMinutesHtml';
import { meetingNameText } from './forms/meetingParts';
import type { PrintOptions } from './printCaseDocument';
import { printMeetingDocument } from './printMeetingDocument';

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
    ({ meeting, ctx }) => ({
      document: {
        title: `${meetingMinutesTitle}（${meetingNameText(meeting)}）`,
        html: meetingMinutesHtml(meeting, ctx, { initials: input.initials }),
      },
      auditDetail: { initials: input.initials },
    }),
  );
}
