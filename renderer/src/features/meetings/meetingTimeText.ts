import type { MeetingSummary } from '../../../../electron/contract';

/** 14:00〜15:30, 14:00〜, or empty when no time is set. */
export function meetingTimeText(meeting: Pick<MeetingSummary, 'startTime' | 'endTime'>): string {
  if (meeting.startTime === null && meeting.endTime === null) return '';
  return `${meeting.startTime ?? ''}〜${meeting.endTime ?? ''}`;
}
