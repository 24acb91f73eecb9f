import { describe, expect, it } from 'vitest';
import { reportMonthState } from './reportMonthState';

describe('reportMonthState', () => {
  it.each([
    // 4月1日 00:30 in Japan is still 3月31日 15:30 UTC: April has begun, March is over.
    ['2026-03', '2026-03-31T15:30:00.000Z', 'ended'],
    ['2026-04', '2026-03-31T15:30:00.000Z', 'unfinished'],
    // 3月31日 23:59 in Japan: March still running, April not begun.
    ['2026-03', '2026-03-31T14:59:00.000Z', 'unfinished'],
    ['2026-04', '2026-03-31T14:59:00.000Z', 'future'],
    ['2025-12', '2026-01-01T00:00:00.000Z', 'ended'],
    ['2027-01', '2026-12-31T23:00:00.000Z', 'unfinished'],
  ])('%s at %s is %s', (month, at, state) => {
    expect(reportMonthState(month, new Date(at))).toBe(state);
  });
});
