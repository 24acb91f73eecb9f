import { loadExcelJs } from '../workbook/loadExcelJs';
import { addDataSheet } from './dataSheet';
import type { MonthlyReport } from './monthlyReport';
import { addSummarySheet, reportTitle } from './summarySheet';

/** The monthly report as xlsx bytes: the 集計 sheet for people, the データ sheet for machines. */
export async function writeReportWorkbook(report: MonthlyReport): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kasane';
  workbook.title = reportTitle(report.periods.month);
  workbook.created = report.createdAt;
  // Spreadsheet programs recompute the totals on opening, whatever values were cached.
  workbook.calcProperties = { fullCalcOnLoad: true };
  addSummarySheet(workbook, report);
  addDataSheet(workbook, report);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
