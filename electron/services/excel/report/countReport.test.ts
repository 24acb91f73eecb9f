import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../../../../db/testing/createTestDb';
import { countReport } from './countReport';
import { reportItems, type ReportCode } from './reportCodes';
import { expectedCounts, setUpReportData } from './reportFixture.testing';
import { reportPeriods } from './reportPeriod';

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

  it('puts March 31 in the old 年度 and April 1 in the new one', () => {
    const march = reportPeriods('2026-03');
    const april = reportPeriods('2026-04');
    expect(countReport(fx.db, march.monthPeriod)['consultations.new.route.電話']).toBe(1);
    // The 年度 to March: every case received from 2025-04-01 (five, 11/1 and 3/31).
    expect(countReport(fx.db, march.fiscalYearPeriod)['consultations.new']).toBe(7);
    expect(countReport(fx.db, april.monthPeriod)['consultations.new']).toBe(1);
    expect(countReport(fx.db, april.fiscalYearPeriod)['consultations.new']).toBe(1);
  });

  it('counts a plan confirmed at 00:00 in Japan (15:00 UTC the day before) on the Japanese day', () => {
    const september = countReport(fx.db, reportPeriods('2025-09').monthPeriod);
    // 2025-09-30T14:59:59.999Z is 9/30 23:59 in Japan; 2025-09-30T15:00Z is already October.
    expect(september['plans.new']).toBe(1);
    const november = countReport(fx.db, reportPeriods('2025-11').monthPeriod);
    expect(november['plans.revised']).toBe(1);
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
