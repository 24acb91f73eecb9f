import {
  calendarDate,
  calendarMonth,
  japanDayStart,
  japanMonthOf,
} from '../../../contract/japaneseDate/japanTime';

/** A span of Japanese calendar dates, both ends included (ISO `YYYY-MM-DD`). */
export type Period = { from: string; to: string };

/** The two columns of a monthly report: the month, and April 1 of its 年度 to the month's end. */
export type ReportPeriods = {
  /** `YYYY-MM`. */
  month: string;
  /** The 年度 (April–March) the month belongs to, by its first calendar year. */
  fiscalYear: number;
  monthPeriod: Period;
  fiscalYearPeriod: Period;
};

/** The periods of the report for `YYYY-MM` (already validated by the caller's schema). */
export function reportPeriods(month: string): ReportPeriods {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one (28–31, leap years included).
  const to = calendarDate(year, monthNumber + 1, 0);
  const fiscalYear = monthNumber >= 4 ? year : year - 1;
  return {
    month,
    fiscalYear,
    monthPeriod: { from: calendarDate(year, monthNumber, 1), to },
    fiscalYearPeriod: { from: calendarDate(fiscalYear, 4, 1), to },
  };
}

/** The day after an ISO date: the exclusive end for columns holding a date-time. */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return calendarDate(y, m, d + 1);
}

/**
 * The instant a Japanese calendar day starts, as the ISO UTC text timestamps are stored in
 * (`toISOString`), so a range of Japanese days is a range of stored text.
 */
export function japanDayStartUtc(date: string): string {
  return japanDayStart(date).toISOString();
}

/** The month before the one `now` falls in, in Japan: the report usually wanted. */
export function previousMonthInJapan(now: Date): string {
  const [year, month] = japanMonthOf(now).split('-').map(Number) as [number, number];
  return calendarMonth(year, month - 1);
}

/**
 * The first day of every month in a period that starts on a month's first day: one for a month,
 * April to the month for a 年度 to date. 継続 is counted on each of them.
 */
export function monthStarts(period: Period): string[] {
  const [year, month] = period.from.split('-').map(Number) as [number, number];
  const starts: string[] = [];
  for (let k = 0; ; k += 1) {
    const start = calendarDate(year, month + k, 1);
    if (start > period.to) return starts;
    starts.push(start);
  }
}
