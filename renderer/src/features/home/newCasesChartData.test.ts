import { describe, expect, it } from 'vitest';
import type { MonthlyNewCases } from '../../../../electron/contract/schemas/dashboard';
import { fieldSeries, routeSeries, rowsByField, rowsByRoute, yearTotal } from './newCasesChartData';

const zeroFields = { elderly: 0, disability: 0, child: 0, poverty: 0, other: 0 };
const zeroRoutes = {
  counter: 0,
  phone: 0,
  visit: 0,
  outreach: 0,
  referral: 0,
  email: 0,
  other: 0,
};
const months: MonthlyNewCases[] = [
  {
    month: '2026-04',
    total: 3,
    byField: { ...zeroFields, elderly: 2, poverty: 2 },
    byRoute: { ...zeroRoutes, counter: 2, outreach: 1 },
  },
  { month: '2027-01', total: 0, byField: zeroFields, byRoute: zeroRoutes },
];

describe('new cases chart data', () => {
  it('labels months as staff say them and keeps every series', () => {
    expect(rowsByField(months)[0]).toEqual({ month: '4月', ...zeroFields, elderly: 2, poverty: 2 });
    expect(rowsByRoute(months)[1]).toEqual({ month: '1月', ...zeroRoutes });
  });

  it('names the series in Japanese, in code order', () => {
    expect(fieldSeries.map((s) => s.label)).toEqual([
      '高齢',
      '障害',
      '子ども',
      '生活困窮',
      'その他',
    ]);
    expect(routeSeries.find((s) => s.key === 'outreach')?.label).toBe('アウトリーチ');
  });

  it('adds up the year from the monthly totals, not the fields', () => {
    expect(yearTotal(months)).toBe(3);
  });
});
