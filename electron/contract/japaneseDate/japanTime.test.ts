import { describe, expect, it } from 'vitest';
import {
  addDaysTo,
  calendarDate,
  calendarMonth,
  japanDateOf,
  japanDateTimeOf,
  japanDayStart,
  japanMonthOf,
  japanTimeOf,
  localDateOf,
  localTimeOf,
} from './japanTime';

describe('japanDateOf and its kin', () => {
  it.each([
    // 00:30 and 08:59 in Japan are still the day before in UTC.
    ['2026-12-07T15:30:00.000Z', '2026-12-08', '00:30'],
    ['2026-12-07T23:59:00.000Z', '2026-12-08', '08:59'],
    ['2026-12-08T00:00:00.000Z', '2026-12-08', '09:00'],
    ['2026-12-08T14:59:59.999Z', '2026-12-08', '23:59'],
    ['2026-12-08T15:00:00.000Z', '2026-12-09', '00:00'],
    // 3月31日 → 4月1日 (a new 年度) and the year's end.
    ['2027-03-31T14:59:00.000Z', '2027-03-31', '23:59'],
    ['2027-03-31T15:30:00.000Z', '2027-04-01', '00:30'],
    ['2026-12-31T15:00:00.000Z', '2027-01-01', '00:00'],
    // The era change 平成31年4月30日 → 令和元年5月1日 at midnight in Japan.
    ['2019-04-30T15:00:00.000Z', '2019-05-01', '00:00'],
    ['2024-02-28T15:00:00.000Z', '2024-02-29', '00:00'],
    // A timestamp written with Japan's own offset.
    ['2026-12-08T00:30:00+09:00', '2026-12-08', '00:30'],
  ])('%s is %s %s in Japan', (at, date, time) => {
    expect(japanDateOf(at)).toBe(date);
    expect(japanDateOf(new Date(at))).toBe(date);
    expect(japanTimeOf(at)).toBe(time);
    expect(japanDateTimeOf(at)).toBe(`${date}T${time}`);
    expect(japanMonthOf(at)).toBe(date.substring(0, 7));
  });

  it('refuses a timestamp without a zone (it would be read in the PC zone) and non-dates', () => {
    for (const bad of ['2026-12-08T00:30', '2026-12-08', 'yesterday', '2026-13-45T00:00:00Z']) {
      expect(() => japanDateOf(bad)).toThrow();
    }
  });

  it('starts a Japanese day at 15:00 UTC the day before', () => {
    expect(japanDayStart('2027-04-01').toISOString()).toBe('2027-03-31T15:00:00.000Z');
    expect(() => japanDayStart('2027-04-01T00:00')).toThrow();
  });

  it('reads a local date-time as written, with no conversion', () => {
    expect(localDateOf('2026-04-01T00:30')).toBe('2026-04-01');
    expect(localTimeOf('2026-04-01T00:30')).toBe('00:30');
    expect(localDateOf('2026-04-01')).toBe('2026-04-01');
    expect(localTimeOf('2026-04-01')).toBe('');
    expect(() => localDateOf('2026-04-01T00:30:00Z')).toThrow();
    expect(() => localDateOf('R8.4.1')).toThrow();
  });

  it('does calendar arithmetic with carries', () => {
    expect(calendarDate(2027, 3, 0)).toBe('2027-02-28');
    expect(calendarDate(2026, 13, 1)).toBe('2027-01-01');
    expect(calendarMonth(2027, 0)).toBe('2026-12');
    expect(addDaysTo('2027-03-31', 1)).toBe('2027-04-01');
    expect(addDaysTo('2024-03-01', -1)).toBe('2024-02-29');
  });
});
