import { defineCall } from '../defineCall';
import { anyRole, writers } from '../roles';
import {
  meetingAddDecisionInput,
  meetingCaseInput,
  meetingCheckCaseInput,
  meetingCreateInput,
  meetingForCaseInput,
  meetingGetInput,
  meetingListInput,
  meetingRecordMinutesInput,
  meetingRemoveDecisionInput,
  meetingSetAttendeesInput,
  meetingUpdateInput,
  printMeetingHandoutInput,
  printMeetingMinutesInput,
  type CaseMeetingEntry,
  type MeetingCaseCheck,
  type MeetingSummary,
  type MeetingView,
} from '../schemas/meeting';
import type { PrintedDocument } from '../schemas/print';

export const meetingCalls = {
  /** A new 会議 (予定). */
  'meeting.create': defineCall<MeetingView>()({ input: meetingCreateInput, access: writers }),
  /** The header, status (予定/開催済/中止) and 全体の協議; the kind only while the agenda is empty. */
  'meeting.update': defineCall<MeetingView>()({ input: meetingUpdateInput, access: writers }),
  /** One meeting with attendees, agenda, minutes and decisions; audited as a view. */
  'meeting.get': defineCall<MeetingView>()({ input: meetingGetInput, access: anyRole }),
  /** Meetings in a period, newest first. */
  'meeting.list': defineCall<MeetingSummary[]>()({ input: meetingListInput, access: anyRole }),
  /** Replaces the attendee list (staff, agency representatives, others; 守秘義務の確認). */
  'meeting.setAttendees': defineCall<MeetingView>()({
    input: meetingSetAttendeesInput,
    access: writers,
  }),
  /** Whether a case may go on the agenda: a 重層的支援会議 needs a current consent. */
  'meeting.checkCase': defineCall<MeetingCaseCheck>()({
    input: meetingCheckCaseInput,
    access: writers,
  }),
  /** Puts a case on the agenda; refused (CONFLICT) at a 重層的支援会議 without consent. */
  'meeting.addCase': defineCall<MeetingView>()({ input: meetingCaseInput, access: writers }),
  /** Takes a case off the agenda while it has no decisions. */
  'meeting.removeCase': defineCall<MeetingView>()({ input: meetingCaseInput, access: writers }),
  /** 協議内容 of one case. */
  'meeting.recordMinutes': defineCall<MeetingView>()({
    input: meetingRecordMinutesInput,
    access: writers,
  }),
  /** A 決定事項; its effect on the case or plan is written in the same transaction. */
  'meeting.addDecision': defineCall<MeetingView>()({
    input: meetingAddDecisionInput,
    access: writers,
  }),
  /** Removes a decision that changed nothing else (役割分担, 評価, or text only). */
  'meeting.removeDecision': defineCall<MeetingView>()({
    input: meetingRemoveDecisionInput,
    access: writers,
  }),
  /** The meetings a case was discussed at, newest first (the case timeline). */
  'meeting.forCase': defineCall<CaseMeetingEntry[]>()({
    input: meetingForCaseInput,
    access: anyRole,
  }),
  /** 会議資料 (A4): agenda and per-case summaries; for a 支援会議 numbered copies and 守秘義務. */
  'print.meetingHandout': defineCall<PrintedDocument>()({
    input: printMeetingHandoutInput,
    access: writers,
  }),
  /** 会議録 (A4): attendees, 協議内容 and 決定事項 per case. */
  'print.meetingMinutes': defineCall<PrintedDocument>()({
    input: printMeetingMinutesInput,
    access: writers,
  }),
} as const;
