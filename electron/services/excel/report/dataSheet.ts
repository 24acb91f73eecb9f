import type { Workbook, Worksheet } from 'exceljs';
import { frozenRowsThrough } from '../workbook/printSetup';
import type { MonthlyReport } from './monthlyReport';
import { reportItems } from './reportCodes';

/**
 * The データ sheet, for machines: 項目コード, 項目, 当月, 年度累計 — one row per code in a fixed
 * order, every code present even when zero, plain numbers (no formulas, no merged cells).
 */
export function addDataSheet(workbook: Workbook, report: MonthlyReport): Worksheet {
  const sheet = workbook.addWorksheet('データ', { views: frozenRowsThrough(1) });
  sheet.columns = [
    { header: '項目コード', key: 'code', width: 40 },
    { header: '項目', key: 'label', width: 50 },
    { header: '当月', key: 'month', width: 10 },
    { header: '年度累計', key: 'fiscalYear', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
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
