import type { ReadDb } from '../../../db/database';
import {
  newCasesByMonthAndField,
  newCasesByMonthAndRoute,
} from '../../../db/repositories/dashboardQueries';
import { fields, routes, type Field, type Route } from '../../contract/caseCodes';
import type { MonthlyNewCases } from '../../contract/schemas/dashboard';
import type { Actor } from '../audit/actor';
import { sql } from 'drizzle-orm';
import { supportCase } from '../../../db/schema';
import { visibleHouseholdSql } from '../cases/caseAccess';
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
 * 閲覧制限 applies as in the case list: a restricted case (and its household) counts only for
 * those who may see it (its 主担当, 副担当 and 管理者), or comparing the chart with the case list would give away each hidden case's month,
 * 分野 and 経路. The monthly report (管理者) still counts every case.
 */
export function newCasesByMonth(
  db: ReadDb,
  actor: Actor,
  today: string,
): { fiscalYear: number; months: MonthlyNewCases[] } {
  // As in the case list: a household holding a case hidden from the actor is hidden whole.
  const visible =
    actor.role === 'admin'
      ? undefined
      : visibleHouseholdSql(actor, sql`${supportCase.householdId}`);
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
  for (const row of newCasesByMonthAndRoute(db, from, to, visible)) {
    const month = months.get(row.month);
    if (!month) continue;
    month.byRoute[row.route] += row.n;
    month.total += row.n;
  }
  for (const row of newCasesByMonthAndField(db, from, to, visible)) {
    const month = months.get(row.month);
    if (month) month.byField[row.field] += row.n;
  }
  return { fiscalYear, months: [...months.values()] };
}
