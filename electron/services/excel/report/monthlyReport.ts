import type { ReadDb } from '../../../../db/database';
import { getSettings } from '../../settings/settingsService';
import { countReport } from './countReport';
import type { ReportCounts } from './reportCodes';
import { reportPeriods, type ReportPeriods } from './reportPeriod';

/** Everything the report's workbook shows: whose, which month, when made, and both columns. */
export type MonthlyReport = {
  periods: ReportPeriods;
  municipalityName: string;
  /** 作成日, ISO (Japan time). */
  createdOn: string;
  month: ReportCounts;
  fiscalYear: ReportCounts;
};

/** Counts the month and its 年度 to date (read in one transaction, so both see the same data). */
export function buildMonthlyReport(db: ReadDb, month: string, createdOn: string): MonthlyReport {
  const periods = reportPeriods(month);
  return db.transaction(() => ({
    periods,
    municipalityName: getSettings(db).municipalityName,
    createdOn,
    month: countReport(db, periods.monthPeriod),
    fiscalYear: countReport(db, periods.fiscalYearPeriod),
  }));
}
