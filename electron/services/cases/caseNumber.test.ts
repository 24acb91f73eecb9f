import { describe, expect, it } from 'vitest';
import { fiscalYearOf, formatCaseNumber } from './caseNumber';

describe('case numbers by 年度', () => {
  it.each([
    ['2026-04-01', 2026, 'R8-0001'],
    ['2027-03-31', 2026, 'R8-0001'],
    ['2027-04-01', 2027, 'R9-0001'],
    ['2019-04-01', 2019, 'R1-0001'],
    ['2020-01-15', 2019, 'R1-0001'],
  ])('%s is %i年度, numbered %s', (date, fiscalYear, first) => {
    expect(fiscalYearOf(date)).toBe(fiscalYear);
    expect(formatCaseNumber(fiscalYear, 1)).toBe(first);
  });

  it.each([
    [2018, 'H30-0001'],
    [1989, 'H1-0001'],
    [1988, 'S63-0001'],
  ])('numbers imported consultations of %i年度 in their own era: %s', (fiscalYear, first) => {
    expect(formatCaseNumber(fiscalYear, 1)).toBe(first);
  });

  it('pads the sequence to four digits and keeps counting past 9999', () => {
    expect(formatCaseNumber(2026, 42)).toBe('R8-0042');
    expect(formatCaseNumber(2026, 12345)).toBe('R8-12345');
  });
});
