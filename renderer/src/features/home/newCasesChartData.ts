import { fields, routes, type Field, type Route } from '../../../../electron/contract';
import type { MonthlyNewCases } from '../../../../electron/contract/schemas/dashboard';

/** One bar of a chart: the month's label and a count per series. */
export type ChartRow = { month: string } & Record<string, number | string>;
export type ChartSeries = { key: string; label: string; color: string };

// Mantine palette names, one per code, in the order the codes are listed.
const fieldColors: Record<Field, string> = {
  elderly: 'teal',
  disability: 'indigo',
  child: 'orange',
  poverty: 'grape',
  other: 'gray',
};
const routeColors: Record<Route, string> = {
  counter: 'teal',
  phone: 'blue',
  visit: 'cyan',
  outreach: 'green',
  referral: 'indigo',
  email: 'yellow',
  other: 'gray',
};

function monthLabel(month: string): string {
  return `${Number(month.slice(5, 7))}月`;
}

/** The months of the 年度 as chart rows of counts by 相談分野 (a case may count in several). */
export function rowsByField(months: readonly MonthlyNewCases[]): ChartRow[] {
  return months.map((m) => ({ month: monthLabel(m.month), ...m.byField }));
}

/** The months of the 年度 as chart rows of counts by 相談経路. */
export function rowsByRoute(months: readonly MonthlyNewCases[]): ChartRow[] {
  return months.map((m) => ({ month: monthLabel(m.month), ...m.byRoute }));
}

export const fieldSeries: ChartSeries[] = fields.codes.map((code) => ({
  key: code,
  label: fields.labels[code],
  color: fieldColors[code],
}));

export const routeSeries: ChartSeries[] = routes.codes.map((code) => ({
  key: code,
  label: routes.labels[code],
  color: routeColors[code],
}));

/** New consultations in the 年度 so far. */
export function yearTotal(months: readonly MonthlyNewCases[]): number {
  return months.reduce((sum, m) => sum + m.total, 0);
}
