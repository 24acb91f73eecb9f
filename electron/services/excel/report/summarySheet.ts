import type { Borders, Fill, Row, Workbook, Worksheet } from 'exceljs';
import { japanDateOf, japanTimeOf } from '../../../contract/japaneseDate/japanTime';
import { warekiDate } from '../../print/wareki';
import { warekiMonth } from '../workbook/excelDates';
import { bodyFont, boldFont, noteFont, titleFont } from '../workbook/fonts';
import { a4PageSetup, frozenRowsThrough, pageNumberFooter } from '../workbook/printSetup';
import type { MonthlyReport } from './monthlyReport';
import { definitionOf } from './reportCodes';
import { summaryLayout, type SummaryLine } from './summaryLayout';

/** The report's title: 令和7年10月分 重層的支援体制整備事業 実績報告. */
export function reportTitle(month: string): string {
  return `${warekiMonth(month)}分 重層的支援体制整備事業 実績報告`;
}

/** When the report was made, on the sheet: 令和7年11月4日 10:15（日本時間）. */
export function madeAtText(at: Date): string {
  return `${warekiDate(japanDateOf(at))} ${japanTimeOf(at)}（日本時間）`;
}

/**
 * What an unfinished or future month's title adds, so a printout can never pass for the
 * month's report: the counts stop at the day it was made.
 */
export function partialNote(report: MonthlyReport): string {
  if (report.monthState === 'ended') return '';
  const asOf = warekiDate(japanDateOf(report.createdAt));
  return report.monthState === 'unfinished'
    ? `（集計途中：${asOf}時点、月末まで終わっていません）`
    : `（集計途中：${asOf}時点、まだ始まっていない月です）`;
}

/** Characters of 備考 per printed line at its width and font (full-width, with some margin). */
const noteCharsPerLine = 44;

const headerRow = 4;
const thin = { style: 'thin' as const, color: { argb: 'FF9CA3AF' } };
const box: Partial<Borders> = { top: thin, bottom: thin, left: thin, right: thin };
const fill = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const numberFormat = '#,##0';
/** Two ideographic spaces between the items of a heading line, as on the office's paper forms. */
const gap = '\u3000\u3000';

function span(report: MonthlyReport, which: 'monthPeriod' | 'fiscalYearPeriod'): string {
  const period = report.periods[which];
  return `${warekiDate(period.from)}～${warekiDate(period.to)}`;
}

/**
 * The 集計 sheet, laid out for people: the title in 和暦, the municipality, both periods,
 * then each 事業 with its counts for 当月 and 年度累計 and totals as Excel formulas. A4
 * landscape, one page wide, the header row frozen and repeated on every printed page.
 */
export function addSummarySheet(workbook: Workbook, report: MonthlyReport): Worksheet {
  const sheet = workbook.addWorksheet('集計', {
    views: frozenRowsThrough(headerRow),
    pageSetup: a4PageSetup('landscape', headerRow),
    headerFooter: pageNumberFooter,
  });
  sheet.columns = [{ width: 44 }, { width: 12 }, { width: 12 }, { width: 80 }];
  sheet.properties.defaultRowHeight = 18;

  sheet.mergeCells('A1:D1');
  const title = sheet.getCell('A1');
  const partial = partialNote(report);
  title.value = `${reportTitle(report.periods.month)}${partial}`;
  title.font = partial === '' ? titleFont : { ...titleFont, color: { argb: 'FFB91C1C' } };
  sheet.getRow(1).height = 26;
  const office = report.municipalityName === '' ? '（未設定）' : report.municipalityName;
  sheet.mergeCells('A2:D2');
  sheet.getCell('A2').value =
    `自治体名：${office}${gap}作成日時：${madeAtText(report.createdAt)}${gap}` +
    `項目コード表：第${report.codeTableVersion}版`;
  sheet.getCell('A2').font = bodyFont;
  sheet.mergeCells('A3:D3');
  sheet.getCell('A3').value =
    `当月：${span(report, 'monthPeriod')}${gap}年度累計：${span(report, 'fiscalYearPeriod')}`;
  sheet.getCell('A3').font = bodyFont;

  const header = sheet.getRow(headerRow);
  header.values = ['項目', '当月', '年度累計', '備考'];
  header.font = boldFont;
  header.alignment = { horizontal: 'center', vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = fill('FFE5E7EB');
    cell.border = box;
  });

  const rowOf = new Map<string, number>();
  const valueOf = new Map<string, { month: number; fiscalYear: number }>();
  for (const line of summaryLayout) {
    const row = sheet.addRow([]);
    writeLine(row, line, report, rowOf, valueOf);
    if (line.kind === 'section' && line.newPage) sheet.getRow(row.number - 1).addPageBreak();
  }

  return sheet;
}

function writeLine(
  row: Row,
  line: SummaryLine,
  report: MonthlyReport,
  rowOf: Map<string, number>,
  valueOf: Map<string, { month: number; fiscalYear: number }>,
): void {
  const labelCell = row.getCell(1);
  labelCell.value = line.label;
  if (line.kind === 'section') {
    for (const column of [1, 2, 3, 4]) {
      row.getCell(column).font = boldFont;
      row.getCell(column).fill = fill('FFDCEFEA');
      row.getCell(column).border = box;
    }
    return;
  }
  if (line.kind === 'heading') {
    labelCell.font = boldFont;
    labelCell.alignment = { indent: 1 };
    for (const column of [1, 2, 3, 4]) row.getCell(column).border = box;
    return;
  }
  let values: { month: number; fiscalYear: number };
  if (line.kind === 'item') {
    values = { month: report.month[line.code], fiscalYear: report.fiscalYear[line.code] };
    row.getCell(2).value = values.month;
    row.getCell(3).value = values.fiscalYear;
    labelCell.alignment = { indent: line.indent ?? 0, vertical: 'middle' };
    rowOf.set(line.code, row.number);
  } else {
    values = sumOf(line.terms, valueOf);
    row.getCell(2).value = { formula: sumFormula('B', line.terms, rowOf), result: values.month };
    row.getCell(3).value = {
      formula: sumFormula('C', line.terms, rowOf),
      result: values.fiscalYear,
    };
    labelCell.alignment = { indent: 1, vertical: 'middle' };
    for (const column of [1, 2, 3, 4]) row.getCell(column).fill = fill('FFF3F4F6');
    if (line.id !== undefined) rowOf.set(line.id, row.number);
  }
  valueOf.set(line.kind === 'item' ? line.code : (line.id ?? ''), values);
  const note = line.note ?? (line.kind === 'item' ? definitionOf(line.code) : '');
  row.getCell(4).value = note;
  row.getCell(4).alignment = { wrapText: true, vertical: 'middle' };
  // Explicit heights: neither Excel nor LibreOffice grows a row for wrapped text on opening.
  const lines = Math.max(1, Math.ceil(note.length / noteCharsPerLine));
  if (lines > 1) row.height = 4 + 13 * lines;
  const font = line.kind === 'total' ? boldFont : bodyFont;
  for (const column of [1, 2, 3]) row.getCell(column).font = font;
  row.getCell(4).font = noteFont;
  for (const column of [2, 3]) {
    row.getCell(column).numFmt = numberFormat;
    row.getCell(column).alignment = { vertical: 'middle' };
  }
  for (const column of [1, 2, 3, 4]) row.getCell(column).border = box;
}

function sumOf(
  terms: string[],
  valueOf: Map<string, { month: number; fiscalYear: number }>,
): { month: number; fiscalYear: number } {
  return terms.reduce(
    (sum, term) => {
      const value = valueOf.get(term);
      if (!value) throw new Error(`summary total names ${term} before its row`);
      return { month: sum.month + value.month, fiscalYear: sum.fiscalYear + value.fiscalYear };
    },
    { month: 0, fiscalYear: 0 },
  );
}

/** `SUM(B6:B12)` for rows one after another, else `SUM(B13,B20)`. */
export function sumFormula(column: string, terms: string[], rowOf: Map<string, number>): string {
  const rows = terms.map((term) => {
    const row = rowOf.get(term);
    if (row === undefined) throw new Error(`summary total names ${term} before its row`);
    return row;
  });
  const first = rows[0] ?? 0;
  const consecutive = rows.every((row, i) => row === first + i);
  return consecutive && rows.length > 1
    ? `SUM(${column}${first}:${column}${first + rows.length - 1})`
    : `SUM(${rows.map((row) => `${column}${row}`).join(',')})`;
}
