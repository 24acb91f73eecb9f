import type { ReadDb } from '../../../../db/database';
import { reportMonthState, type ReportMonthState } from '../../../contract/reportMonthState';
import { getSettings } from '../../settings/settingsService';
import { countReport } from './countReport';
import { reportCodeTableVersion, type ReportCounts } from './reportCodes';
import { reportPeriods, type ReportPeriods } from './reportPeriod';

/** Everything the report's workbook shows: whose, which month, when made, and both columns. */
export type MonthlyReport = {
  periods: ReportPeriods;
  municipalityName: string;
  /** When it was made (shown as Japan time). */
  createdAt: Date;
  /** Whether the month was over when it was made: an unfinished one is marked 集計途中. */
  monthState: ReportMonthState;
  codeTableVersion: number;
  month: ReportCounts;
  fiscalYear: ReportCounts;
};

/** Counts the month and its 年度 to date (read in one transaction, so both see the same data). */
export function buildMonthlyReport(db: ReadDb, month: string, createdAt: Date): MonthlyReport {
  const periods = reportPeriods(month);
  return db.transaction(() => ({
    periods,
    municipalityName: getSettings(db).municipalityName,
    createdAt,
    monthState: reportMonthState(month, createdAt),
    codeTableVersion: reportCodeTableVersion,
    month: countReport(db, periods.monthPeriod),
    fiscalYear: countReport(db, periods.fiscalYearPeriod),
  }));
}
