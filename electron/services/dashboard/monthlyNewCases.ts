import type { ReadDb } from '../../../db/database';
import {
  newCasesByMonthAndField,
  newCasesByMonthAndRoute,
} from '../../../db/repositories/dashboardQueries';
import { fields, routes, type Field, type Route } from '../../contract/caseCodes';
import type { MonthlyNewCases } from '../../contract/schemas/dashboard';
import { fiscalYearOf } from '../cases/caseNumber';

function zeros<K extends string>(codes: readonly K[]): Record<K, number> {
  return Object.fromEntries(codes.map((code) => [code, 0])) as Record<K, number>;
}

/** The twelve months of a 年度 as `YYYY-MM`, April first. */
export function monthsOfFiscalYear(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((i + 3) % 12) + 1;
    const year = month >= 4 ? fiscalYear : fiscalYear + 1;
    return `${year}-${String(month).padStart(2, '0')}`;
  });
}

/**
 * New consultations (cases by 受付日) per month of the 年度 holding `today`, by 相談分野 (a case
 * with several fields counts in each, so fields may add up to more than the total) and by 相談経路.
 * Every case counts, 閲覧制限 or not: the chart shows numbers only, as the monthly report does.
 */
export function newCasesByMonth(
  db: ReadDb,
  today: string,
): { fiscalYear: number; months: MonthlyNewCases[] } {
  const fiscalYear = fiscalYearOf(today);
  const from = `${fiscalYear}-04-01`;
  const to = `${fiscalYear + 1}-03-31`;
  const months = new Map(
    monthsOfFiscalYear(fiscalYear).map((month) => [
      month,
      {
        month,
        total: 0,
        byField: zeros<Field>(fields.codes),
        byRoute: zeros<Route>(routes.codes),
      },
    ]),
  );
  for (const row of newCasesByMonthAndRoute(db, from, to)) {
    const month = months.get(row.month);
    if (!month) continue;
    month.byRoute[row.route] += row.n;
    month.total += row.n;
  }
  for (const row of newCasesByMonthAndField(db, from, to)) {
    const month = months.get(row.month);
    if (month) month.byField[row.field] += row.n;
  }
  return { fiscalYear, months: [...months.values()] };
}
