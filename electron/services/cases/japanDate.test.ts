import { describe, expect, it } from 'vitest';
import { manualClock } from '../clock.testing';
import { ageOn, todayInJapan } from './japanDate';

describe('dates in Japan', () => {
  it.each([
    ['2026-03-31T14:59:59.999Z', '2026-03-31'],
    ['2026-03-31T15:00:00.000Z', '2026-04-01'],
    ['2026-12-31T23:00:00.000Z', '2027-01-01'],
  ])('at %s it is %s in Japan', (instant, date) => {
    expect(todayInJapan(manualClock(instant))).toBe(date);
  });

  it.each([
    ['1960-04-01', '2026-03-31', 65],
    ['1960-04-01', '2026-04-01', 66],
    ['2000-02-29', '2026-02-28', 25],
    ['2000-02-29', '2026-03-01', 26],
    ['2026-04-01', '2026-04-01', 0],
  ])('born %s, on %s the age is %i', (birth, today, age) => {
    expect(ageOn(birth, today)).toBe(age);
  });

  it('has no age for an unknown or future birth date', () => {
    expect(ageOn(null, '2026-04-01')).toBeNull();
    expect(ageOn('2026-04-02', '2026-04-01')).toBeNull();
  });
});
