import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, fiscalYearOf, fiscalYearRange } from './fiscalYear';

describe('fiscalYear', () => {
  it.each([
    ['2026-04-01', 2026],
    ['2027-03-31', 2026],
    ['2027-01-15', 2026],
    ['2026-03-31', 2025],
  ])('%s is in the 年度 starting %i', (iso, year) => expect(fiscalYearOf(iso)).toBe(year));

  it('runs April to March', () => {
    expect(fiscalYearRange(2026)).toEqual({ from: '2026-04-01', to: '2027-03-31' });
  });

  it('names the 年度 in 和暦', () => {
    expect(fiscalYearLabel(2026)).toBe('令和8年度');
    expect(fiscalYearLabel(2019)).toBe('令和元年度');
    expect(fiscalYearLabel(2018)).toBe('平成30年度');
  });
});
