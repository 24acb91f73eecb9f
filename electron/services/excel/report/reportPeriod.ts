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

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The periods of the report for `YYYY-MM` (already validated by the caller's schema). */
export function reportPeriods(month: string): ReportPeriods {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one (28–31, leap years included).
  const to = iso(year, monthNumber + 1, 0);
  const fiscalYear = monthNumber >= 4 ? year : year - 1;
  return {
    month,
    fiscalYear,
    monthPeriod: { from: iso(year, monthNumber, 1), to },
    fiscalYearPeriod: { from: iso(fiscalYear, 4, 1), to },
  };
}

/** The day after an ISO date: the exclusive end for columns holding a date-time. */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return iso(y, m, d + 1);
}

// Japan has kept no daylight saving time since 1951, so a Japanese day starts at 15:00 UTC the day before.
const japanOffsetMs = 9 * 60 * 60 * 1000;

/**
 * The instant a Japanese calendar day starts, as the ISO UTC text timestamps are stored in
 * (`toISOString`), so a range of Japanese days is a range of stored text.
 */
export function japanDayStartUtc(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - japanOffsetMs).toISOString();
}

/** The month before the one `now` falls in, in Japan: the report usually wanted. */
export function previousMonthInJapan(now: Date): string {
  const japan = new Date(now.getTime() + japanOffsetMs);
  const previous = new Date(Date.UTC(japan.getUTCFullYear(), japan.getUTCMonth() - 1, 1));
  return previous.toISOString().slice(0, 7);
}
