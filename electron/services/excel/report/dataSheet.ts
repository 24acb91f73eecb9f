import type { Workbook, Worksheet } from 'exceljs';
import { japanDateTimeSecondsOf } from '../../../contract/japaneseDate/japanTime';
import type { ReportMonthState } from '../../../contract/reportMonthState';
import { bodyFont, boldFont } from '../workbook/fonts';
import { a4PageSetup, frozenRowsThrough, pageNumberFooter } from '../workbook/printSetup';
import type { MonthlyReport } from './monthlyReport';
import { reportItems } from './reportCodes';

/** The データ sheet's 集計状態: whether the month was over when the report was made. */
export const monthStateLabels = {
  ended: '月の終了後に集計',
  unfinished: '集計途中（月の途中）',
  future: '集計途中（月の開始前）',
} as const satisfies Record<ReportMonthState, string>;

/** 作成日時 for machines: ISO 8601 in Japan time with its offset (2025-11-04T10:15:00+09:00). */
export function madeAtIso(at: Date): string {
  return `${japanDateTimeSecondsOf(at)}+09:00`;
}

/**
 * The データ sheet, for machines: one row per code in a fixed order, every code present even when
 * zero, plain values (no formulas, no merged cells). The first four columns are as in code table
 * 1; every row then carries its definition and whose report it is — municipality, month, 年度,
 * when made (Japan time), code table version and 集計状態 — so rows from many files can be
 * stacked into one table and still say where each came from.
 */
export function addDataSheet(workbook: Workbook, report: MonthlyReport): Worksheet {
  const sheet = workbook.addWorksheet('データ', {
    views: frozenRowsThrough(1),
    pageSetup: a4PageSetup('landscape', 1),
    headerFooter: pageNumberFooter,
  });
  sheet.columns = [
    { header: '項目コード', key: 'code', width: 36 },
    { header: '項目', key: 'label', width: 44 },
    { header: '当月', key: 'month', width: 8 },
    { header: '年度累計', key: 'fiscalYear', width: 10 },
    { header: '定義', key: 'definition', width: 60 },
    { header: '自治体名', key: 'municipality', width: 14 },
    { header: '対象月', key: 'targetMonth', width: 9 },
    { header: '年度', key: 'fiscalYearNumber', width: 8, center: true },
    { header: '作成日時', key: 'madeAt', width: 27 },
    { header: 'コード表版', key: 'codeTableVersion', width: 11, center: true },
    { header: '集計状態', key: 'state', width: 22 },
  ].map(({ center, ...column }) => ({
    ...column,
    style: { font: bodyFont, ...(center ? { alignment: { horizontal: 'center' as const } } : {}) },
  }));
  sheet.getRow(1).font = boldFont;
  const whose = {
    municipality: report.municipalityName,
    targetMonth: report.periods.month,
    fiscalYearNumber: report.periods.fiscalYear,
    madeAt: madeAtIso(report.createdAt),
    codeTableVersion: report.codeTableVersion,
    state: monthStateLabels[report.monthState],
  };
  for (const item of reportItems) {
    sheet.addRow({
      code: item.code,
      label: item.label,
      month: report.month[item.code],
      fiscalYear: report.fiscalYear[item.code],
      definition: item.definition,
      ...whose,
    });
  }
  sheet.autoFilter = { from: 'A1', to: 'K1' };
  return sheet;
}
