import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../../../../db/testing/createTestDb';
import { countReport } from './countReport';
import { reportItems, type ReportCode } from './reportCodes';
import { expectedCounts, setUpReportData } from './reportFixture.testing';
import { monthStarts, reportPeriods } from './reportPeriod';
import { setUpYearEndData, yearEndCounts } from './reportYearEndFixture.testing';

let fx: TestDb;
beforeAll(() => {
  fx = setUpReportData();
});
afterAll(() => fx.cleanup());

const october = reportPeriods('2025-10');
const codes = reportItems.map((item) => item.code);

describe('countReport on a known data set', () => {
  it('counts every code of 2025-10, the month, as worked out by hand', () => {
    const counts = countReport(fx.db, october.monthPeriod);
    expect(Object.keys(counts)).toEqual(codes);
    expect(counts).toEqual(expectedCounts.month);
  });

  it('counts every code of the 年度 to the end of 2025-10 (April 1 .. October 31)', () => {
    expect(countReport(fx.db, october.fiscalYearPeriod)).toEqual(expectedCounts.fiscalYear);
  });

  // Code by code, so a failure names the code.
  it.each(codes.map((code) => [code] as [ReportCode]))('%s: month and 年度累計', (code) => {
    expect(countReport(fx.db, october.monthPeriod)[code]).toBe(expectedCounts.month[code]);
    expect(countReport(fx.db, october.fiscalYearPeriod)[code]).toBe(
      expectedCounts.fiscalYear[code],
    );
  });

  it('has every code even in a month with nothing at all (zeros)', () => {
    const counts = countReport(fx.db, reportPeriods('2020-01').monthPeriod);
    expect(Object.keys(counts)).toEqual(codes);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it('never counts more in a month than in its 年度 to date, every month of the 年度', () => {
    for (const month of monthStarts({ from: '2025-04-01', to: '2026-03-31' })) {
      const periods = reportPeriods(month.slice(0, 7));
      const inMonth = countReport(fx.db, periods.monthPeriod);
      const inYear = countReport(fx.db, periods.fiscalYearPeriod);
      for (const code of codes)
        expect(inMonth[code], `${month} ${code}`).toBeLessThanOrEqual(inYear[code]);
    }
  });

  it('makes the 年度 of 継続（延べ） the sum of its months, and 実人数 no more than 延べ', () => {
    let sum = 0;
    for (const month of [
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
    ]) {
      const counts = countReport(fx.db, reportPeriods(month).monthPeriod);
      sum += counts['consultations.continuing.cases'];
      expect(counts['consultations.continuing.persons']).toBeLessThanOrEqual(
        counts['consultations.continuing.cases'],
      );
    }
    expect(sum).toBe(expectedCounts.fiscalYear['consultations.continuing.cases']);
  });

  it('counts a plan confirmed at 00:00 in Japan (15:00 UTC the day before) on the Japanese day', () => {
    const september = countReport(fx.db, reportPeriods('2025-09').monthPeriod);
    // 2025-09-30T14:59:59.999Z is 9/30 23:59 in Japan; 2025-09-30T15:00Z is already October.
    expect(september['plans.new']).toBe(1);
    const november = countReport(fx.db, reportPeriods('2025-11').monthPeriod);
    expect(november['plans.revised']).toBe(1);
  });
});

describe('countReport across the 年度 boundary (3月31日 → 4月1日)', () => {
  let yearEnd: TestDb;
  beforeAll(() => {
    yearEnd = setUpYearEndData();
  });
  afterAll(() => yearEnd.cleanup());

  const march = reportPeriods('2026-03');
  const april = reportPeriods('2026-04');
  it.each([
    ['March (令和8年3月)', march.monthPeriod, yearEndCounts.march],
    ['the 年度 to March (令和7年度)', march.fiscalYearPeriod, yearEndCounts.marchYear],
    ['April (令和8年4月)', april.monthPeriod, yearEndCounts.april],
    ['the 年度 to April (令和8年度)', april.fiscalYearPeriod, yearEndCounts.april],
  ])('counts every code of %s as worked out by hand', (_name, period, expected) => {
    expect(countReport(yearEnd.db, period)).toEqual(expected);
  });
});

describe('monthStarts', () => {
  it.each([
    [{ from: '2025-10-01', to: '2025-10-31' }, ['2025-10-01']],
    [{ from: '2026-04-01', to: '2026-04-30' }, ['2026-04-01']],
    [
      { from: '2025-04-01', to: '2026-03-31' },
      [
        '2025-04-01',
        '2025-05-01',
        '2025-06-01',
        '2025-07-01',
        '2025-08-01',
        '2025-09-01',
        '2025-10-01',
        '2025-11-01',
        '2025-12-01',
        '2026-01-01',
        '2026-02-01',
        '2026-03-01',
      ],
    ],
  ])('%j → %j', (period, starts) => {
    expect(monthStarts(period)).toEqual(starts);
  });
});

describe('reportPeriods', () => {
  it.each([
    ['2025-10', 2025, '2025-10-01', '2025-10-31', '2025-04-01'],
    ['2025-04', 2025, '2025-04-01', '2025-04-30', '2025-04-01'],
    ['2026-03', 2025, '2026-03-01', '2026-03-31', '2025-04-01'],
    ['2026-01', 2025, '2026-01-01', '2026-01-31', '2025-04-01'],
    ['2024-02', 2023, '2024-02-01', '2024-02-29', '2023-04-01'],
    ['2025-02', 2024, '2025-02-01', '2025-02-28', '2024-04-01'],
    ['2025-12', 2025, '2025-12-01', '2025-12-31', '2025-04-01'],
  ])('%s: 年度 %i, month %s..%s, 年度累計 from %s', (month, year, from, to, fyFrom) => {
    const periods = reportPeriods(month);
    expect(periods.fiscalYear).toBe(year);
    expect(periods.monthPeriod).toEqual({ from, to });
    expect(periods.fiscalYearPeriod).toEqual({ from: fyFrom, to });
  });
});
