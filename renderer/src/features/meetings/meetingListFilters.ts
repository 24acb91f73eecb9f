import type { CallInput, MeetingKind } from '../../../../electron/contract';
import { isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { calendarDate } from '../../../../electron/contract/japaneseDate/japanTime';

/** The list's filters as typed: a period (either end open) and a kind. */
export type MeetingListFilters = { from: string; to: string; kind: MeetingKind | null };

/** Six months back, and everything ahead: recent and planned meetings. */
export function defaultMeetingFilters(today: string): MeetingListFilters {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const from = calendarDate(y, m - 6, d);
  return { from: textFromIso(from), to: '', kind: null };
}

/** meeting.list's input; an end that is not (yet) a date is left open rather than sent. */
export function meetingListInput(filters: MeetingListFilters): CallInput<'meeting.list'> {
  const from = isoFromText(filters.from);
  const to = isoFromText(filters.to);
  return {
    ...(from === null ? {} : { from }),
    ...(to === null ? {} : { to }),
    ...(filters.kind === null ? {} : { kind: filters.kind }),
  };
}
