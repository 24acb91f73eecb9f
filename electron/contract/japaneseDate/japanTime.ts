/**
 * The one way a moment becomes a date in Kasane: the calendar date in Japan (Asia/Tokyo),
 * whatever zone the PC's clock is set to. A plan confirmed at 00:55 on 12月8日 (15:55 UTC on
 * 12月7日) is a plan of 12月8日, and one confirmed at 08:30 on 4月1日 belongs to the new 年度.
 * Never cut an ISO timestamp with `slice(0, 10)`: that is its date in UTC (a lint rule refuses it
 * outside this file).
 *
 * Japan has kept no daylight saving time since 1951, so Asia/Tokyo is always UTC+9 for every
 * moment Kasane stores; the arithmetic below is exact and independent of the process's TZ.
 */

const japanOffsetMs = 9 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

const timestampWithZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const localDateTime = /^(\d{4}-\d{2}-\d{2})(T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?)?$/;

/** An instant: a Date, or an ISO timestamp that says its zone (`…Z`, `…+09:00`). */
export type Instant = Date | string;

function millisOf(instant: Instant): number {
  if (instant instanceof Date) return instant.getTime();
  // A timestamp without a zone would be read in the process's zone: refuse it, loudly.
  if (!timestampWithZone.test(instant)) throw new Error(`not a timestamp with a zone: ${instant}`);
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new Error(`not a timestamp: ${instant}`);
  return ms;
}

/** The moment as ISO text of Japan's wall clock (`YYYY-MM-DDTHH:mm:ss.sss`, no zone). */
function japanWallClock(instant: Instant): string {
  return new Date(millisOf(instant) + japanOffsetMs).toISOString().replace('Z', '');
}

/** The date in Japan (`YYYY-MM-DD`) of a moment. */
export function japanDateOf(instant: Instant): string {
  return japanWallClock(instant).substring(0, 10);
}

/** The month in Japan (`YYYY-MM`) of a moment. */
export function japanMonthOf(instant: Instant): string {
  return japanWallClock(instant).substring(0, 7);
}

/** The local date-time in Japan (`YYYY-MM-DDTHH:mm`) of a moment, as notes store it. */
export function japanDateTimeOf(instant: Instant): string {
  return japanWallClock(instant).substring(0, 16);
}

/** The local date-time in Japan to the second (`YYYY-MM-DDTHH:mm:ss`) of a moment. */
export function japanDateTimeSecondsOf(instant: Instant): string {
  return japanWallClock(instant).substring(0, 19);
}

/** Japan's wall clock of a moment as `HH:mm`. */
export function japanTimeOf(instant: Instant): string {
  return japanWallClock(instant).substring(11, 16);
}

/** The moment a Japanese calendar day (`YYYY-MM-DD`) begins: 15:00 UTC the day before. */
export function japanDayStart(date: string): Date {
  if (!isoDate.test(date)) throw new Error(`not an ISO date: ${date}`);
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - japanOffsetMs);
}

/**
 * The date of a local Japan date-time as written (`YYYY-MM-DDTHH:mm`, a 経過記録's 日時) or of a
 * date: already a date in Japan, so no conversion, only its parts.
 */
export function localDateOf(value: string): string {
  const match = localDateTime.exec(value);
  if (!match?.[1]) throw new Error(`not a local date-time: ${value}`);
  return match[1];
}

/** The `HH:mm` of a local Japan date-time; '' when it holds a date only. */
export function localTimeOf(value: string): string {
  const match = localDateTime.exec(value);
  if (!match) throw new Error(`not a local date-time: ${value}`);
  return match[3] ?? '';
}

/**
 * The calendar date of a year, month and day, carrying over as the calendar does (month 13 is
 * January of the next year, day 0 the last day of the month before): date arithmetic, no zone.
 */
export function calendarDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().substring(0, 10);
}

/** The `YYYY-MM` of a year and a month, carrying over (month 0 is December of the year before). */
export function calendarMonth(year: number, month: number): string {
  return calendarDate(year, month, 1).substring(0, 7);
}

/** An ISO date `days` later (earlier when negative). */
export function addDaysTo(date: string, days: number): string {
  const ms = Date.parse(`${localDateOf(date)}T00:00:00.000Z`) + days * dayMs;
  return new Date(ms).toISOString().substring(0, 10);
}

/**
 * The calendar date a Date stands for when it was made as UTC midnight — exceljs's date cells and
 * `Date.UTC` arithmetic — never the date of a moment in time (that is `japanDateOf`).
 */
export function utcCalendarDateOf(date: Date): string {
  return date.toISOString().substring(0, 10);
}
