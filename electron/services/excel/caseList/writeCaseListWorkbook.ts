import type { Writable } from 'node:stream';
import type { Style } from 'exceljs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { warekiDateFormat } from '../workbook/excelDates';
import { bodyFont, boldFont, noteFont, titleFont } from '../workbook/fonts';
import { loadExcelJs } from '../workbook/loadExcelJs';
import { a4PageSetup, frozenRowsThrough, pageNumberFooter } from '../workbook/printSetup';
import type { CaseListHeading } from './caseListHeading';
import { caseExportColumns, type CaseExportOptions, type CaseExportRow } from './caseExportColumns';

// One style object per kind of cell, shared by every cell of the kind: exceljs recognises a
// style object it has seen and skips rendering it again, which a fresh copy per cell defeats
// (that rendering was a third of the time of writing 100,000 rows).
const top = { vertical: 'top' } as const;
const plainStyle: Partial<Style> = { font: bodyFont, alignment: top };
const dateStyle: Partial<Style> = { font: bodyFont, numFmt: warekiDateFormat, alignment: top };
const wrapStyle: Partial<Style> = { font: bodyFont, alignment: { ...top, wrapText: true } };
const checkStyle: Partial<Style> = {
  font: bodyFont,
  alignment: { ...top, horizontal: 'center' },
};
const cellStyles = caseExportColumns.map((column) => {
  if (column.date === true) return dateStyle;
  if (column.wrap === true) return wrapStyle;
  return column.check === true ? checkStyle : plainStyle;
});

/** Width in Excel's column units (a digit is 1, a Japanese character about 2). */
function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += (ch.codePointAt(0) ?? 0) > 0xff ? 2 : 1;
  return units;
}

const lineHeight = 15;

/**
 * The height a row needs for its wrapped cells. Excel and LibreOffice size a row to wrapped text
 * only when it is edited, not when a streamed file is opened: without a height the row stays
 * one line tall and the rest of 課題 is hidden.
 */
function rowHeight(item: CaseExportRow, options: CaseExportOptions): number | undefined {
  let lines = 1;
  for (const column of caseExportColumns) {
    if (column.wrap !== true) continue;
    const value = column.value(item, options);
    if (typeof value !== 'string') continue;
    lines = Math.max(lines, Math.ceil(textUnits(value) / Math.max(1, column.width - 1)));
  }
  return lines === 1 ? undefined : lines * lineHeight + 3;
}

/** The table's header row: below the title and the conditions. */
const headerRow = 3;

/**
 * Writes the ケース一覧 workbook to `out` with exceljs's streaming writer: each row is written
 * and dropped as it comes, so 100,000 cases cost what one batch does (the in-memory workbook
 * needs about five times the memory). Above the table, the title (office, 和暦 date) and the
 * filters in words; the header row is frozen, filterable and repeated on every printed A4
 * landscape page, fit to the page's width, 課題 and 関係機関 wrapped. Returns the case rows.
 */
export async function writeCaseListWorkbook(
  out: Writable,
  batches: Iterable<CaseExportRow[]>,
  options: CaseExportOptions,
  heading: CaseListHeading,
): Promise<number> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Kasane';
  const sheet = workbook.addWorksheet('ケース一覧', {
    views: frozenRowsThrough(headerRow),
    pageSetup: a4PageSetup('landscape', headerRow),
    headerFooter: pageNumberFooter,
  });
  sheet.columns = caseExportColumns.map((column) => ({ width: column.width }));
  const title = sheet.getRow(1);
  title.getCell(1).value = heading.title;
  title.getCell(1).font = titleFont;
  title.height = 22;
  title.commit();
  const conditions = sheet.getRow(2);
  conditions.getCell(1).value = heading.conditions;
  conditions.getCell(1).font = noteFont;
  conditions.commit();
  const header = sheet.getRow(headerRow);
  caseExportColumns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = boldFont;
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } };
  });
  header.commit();
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: caseExportColumns.length },
  };

  let rows = 0;
  for (const batch of batches) {
    for (const item of batch) {
      const row = sheet.addRow(caseExportColumns.map((column) => column.value(item, options)));
      row.eachCell((cell, column) => {
        cell.style = cellStyles[column - 1] ?? plainStyle;
      });
      const height = rowHeight(item, options);
      if (height !== undefined) row.height = height;
      row.commit();
      rows += 1;
    }
    // Let the zip stream take what was written before the next batch adds more.
    await nextTurn();
  }
  sheet.commit();
  await workbook.commit();
  return rows;
}
