import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from './planDates';

describe('plan date arithmetic', () => {
  it.each([
    ['2026-04-10', 3, '2026-07-10'],
    ['2026-11-30', 3, '2027-02-28'], // no 2月30日: the month's last day
    ['2027-11-30', 3, '2028-02-29'], // a leap year keeps the 29th
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-12-15', 24, '2028-12-15'],
  ])('%s plus %i months is %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2026-07-10', '2026-07-10')).toBe(0);
    expect(daysBetween('2026-07-10', '2026-07-01')).toBe(-9);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
