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

/**
 * Why a report of an unfinished or future month is not a month's report, in words for people;
 * `monthText` and `todayText` are 和暦 (令和8年12月, 令和8年12月7日).
 */
export function partialMonthWarning(
  state: Exclude<ReportMonthState, 'ended'>,
  monthText: string,
  todayText: string,
): string {
  return state === 'unfinished'
    ? `${monthText}はまだ終わっていません（今日は${todayText}）。今日までの記録だけの集計になり、ブックには「集計途中」と入ります。`
    : `${monthText}はまだ始まっていません（今日は${todayText}）。数える記録がなく、ブックには「集計途中」と入ります。`;
}
