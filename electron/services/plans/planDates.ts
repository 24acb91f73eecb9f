import { utcCalendarDateOf } from '../../contract/japaneseDate/japanTime';

/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), done in UTC so no time zone can shift a day.
 */

function toUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/**
 * The same day `months` later; a day the month lacks becomes its last day (11月30日 + 3か月 =
 * 2月28日), as people count 「3か月後」.
 */
export function addMonths(iso: string, months: number): string {
  const date = toUtc(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return utcCalendarDateOf(date);
}

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return utcCalendarDateOf(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}
