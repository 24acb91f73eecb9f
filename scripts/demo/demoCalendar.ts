/**
 * Dates for generated records as whole days since 1970-01-01 (fast to add and compare), turned
 * into the stored forms: ISO dates, Japan-local `YYYY-MM-DDTHH:mm`, and ISO UTC stamps.
 */

import { japanDateTimeOf, utcCalendarDateOf } from '../../electron/contract/japaneseDate/japanTime';

const dayMs = 86_400_000;
// Japan keeps no daylight saving time, so local time is always UTC+9.
const japanOffsetMinutes = 9 * 60;

/** Day number of an ISO date; throws on anything that is not a real `YYYY-MM-DD`. */
export function dayOf(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(ms) || utcCalendarDateOf(new Date(ms)) !== isoDate) {
    throw new RangeError(`not an ISO date: ${isoDate}`);
  }
  return ms / dayMs;
}

export function isoDateOf(day: number): string {
  return utcCalendarDateOf(new Date(day * dayMs));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The nearest weekday inside [min, max]: offices record contacts on working days. */
export function workingDay(day: number, min: number, max: number): number {
  const weekday = weekdayOf(day);
  if (weekday !== 0 && weekday !== 6) return day;
  const friday = day - (weekday === 6 ? 1 : 2);
  if (friday >= min) return friday;
  const monday = day + (weekday === 6 ? 2 : 1);
  return monday <= max ? monday : day;
}

/** Japan-local date and time as the worker writes it, `YYYY-MM-DDTHH:mm`. */
export function localDateTimeOf(day: number, minuteOfDay: number): string {
  return japanDateTimeOf(new Date(day * dayMs + (minuteOfDay - japanOffsetMinutes) * 60_000));
}

/** The ISO UTC stamp of a Japan-local moment (created_at / updated_at). */
export function stampOf(day: number, minuteOfDay: number): string {
  return new Date(day * dayMs + (minuteOfDay - japanOffsetMinutes) * 60_000).toISOString();
}

/** The ISO UTC stamp of a Japan-local moment given as minutes since 1970-01-01 00:00 (JST). */
export function stampAt(minutes: number): string {
  return stampOf(0, minutes);
}

/** `localDateTimeOf` for minutes since 1970-01-01 00:00 (JST). */
export function localDateTimeAt(minutes: number): string {
  return localDateTimeOf(0, minutes);
}

/** April 1 of the 年度 before the one `day` is in: the start of the demo's two 年度. */
export function previousFiscalYearStart(day: number): number {
  const iso = isoDateOf(day);
  const year = Number(iso.slice(0, 4));
  const fiscalYear = Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
  return dayOf(`${fiscalYear - 1}-04-01`);
}

/** A birth date `age` years (and some days) before `day`. */
export function birthDayFor(day: number, age: number, extraDays: number): number {
  return day - Math.round(age * 365.2425) - extraDays;
}
