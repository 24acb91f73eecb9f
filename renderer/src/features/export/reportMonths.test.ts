import { describe, expect, it } from 'vitest';
import {
  currentMonthInJapan,
  fiscalYearSpan,
  fiscalYearStart,
  previousMonthInJapan,
  reportYears,
  warekiOfMonth,
  warekiOfYear,
} from './reportMonths';

describe('report months', () => {
  it.each([
    // 2025-10-31 15:00 UTC is already November 1 in Japan.
    ['2025-10-31T14:59:59Z', '2025-10', '2025-09'],
    ['2025-10-31T15:00:00Z', '2025-11', '2025-10'],
    ['2026-01-10T00:00:00Z', '2026-01', '2025-12'],
  ])('at %s it is %s in Japan and the default report is %s', (now, current, previous) => {
    expect(currentMonthInJapan(new Date(now))).toBe(current);
    expect(previousMonthInJapan(new Date(now))).toBe(previous);
  });

  it('offers this year and the nine before it', () => {
    const years = reportYears(new Date('2026-06-01T00:00:00Z'));
    expect(years).toHaveLength(10);
    expect([years[0], years.at(-1)]).toEqual([2026, 2017]);
  });

  it.each([
    ['2025-10', '2025-04', '令和7年10月', '令和7年4月～10月'],
    ['2026-03', '2025-04', '令和8年3月', '令和7年4月～令和8年3月'],
    ['2026-04', '2026-04', '令和8年4月', '令和8年4月～4月'],
    ['2019-05', '2019-04', '令和元年5月', '平成31年4月～令和元年5月'],
  ])('%s: 年度 from %s, shown as %s, 年度累計 %s', (month, start, wareki, span) => {
    expect(fiscalYearStart(month)).toBe(start);
    expect(warekiOfMonth(month)).toBe(wareki);
    expect(fiscalYearSpan(month)).toBe(span);
  });

  it('names a year by the era of most of it', () => {
    expect([warekiOfYear(2019), warekiOfYear(2025), warekiOfYear(1989)]).toEqual([
      '令和元年',
      '令和7年',
      '平成元年',
    ]);
  });
});
