import type { Workbook, Worksheet } from 'exceljs';
import { bodyFont, boldFont } from '../workbook/fonts';
import { a4PageSetup, frozenRowsThrough, pageNumberFooter } from '../workbook/printSetup';
import type { MonthlyReport } from './monthlyReport';
import { reportItems } from './reportCodes';

/**
 * The データ sheet, for machines: 項目コード, 項目, 当月, 年度累計 — one row per code in a fixed
 * order, every code present even when zero, plain numbers (no formulas, no merged cells).
 */
export function addDataSheet(workbook: Workbook, report: MonthlyReport): Worksheet {
  const sheet = workbook.addWorksheet('データ', {
    views: frozenRowsThrough(1),
    pageSetup: a4PageSetup('portrait', 1),
    headerFooter: pageNumberFooter,
  });
  sheet.columns = [
    { header: '項目コード', key: 'code', width: 40, style: { font: bodyFont } },
    { header: '項目', key: 'label', width: 50, style: { font: bodyFont } },
    { header: '当月', key: 'month', width: 10, style: { font: bodyFont } },
    { header: '年度累計', key: 'fiscalYear', width: 10, style: { font: bodyFont } },
  ];
  sheet.getRow(1).font = boldFont;
  for (const item of reportItems) {
    sheet.addRow({
      code: item.code,
      label: item.label,
      month: report.month[item.code],
      fiscalYear: report.fiscalYear[item.code],
    });
  }
  sheet.autoFilter = { from: 'A1', to: 'D1' };
  return sheet;
}
