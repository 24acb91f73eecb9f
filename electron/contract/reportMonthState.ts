import { japanMonthOf, type Instant } from './japaneseDate/japanTime';

/**
 * Whether a report month (`YYYY-MM`) is over, in Japan, at a moment: `ended`; `unfinished` (the
 * month now running: records of its remaining days are not in the counts yet); or `future`.
 * The UI, the CLI and the export service ask the same question here.
 */
export type ReportMonthState = 'ended' | 'unfinished' | 'future';

export function reportMonthState(month: string, now: Instant): ReportMonthState {
  const current = japanMonthOf(now);
  if (month < current) return 'ended';
  return month === current ? 'unfinished' : 'future';
}
