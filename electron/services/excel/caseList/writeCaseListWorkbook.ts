import type { Writable } from 'node:stream';
import type { Style } from 'exceljs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { warekiDateFormat } from '../workbook/excelDates';
import { bodyFont, boldFont } from '../workbook/fonts';
import { loadExcelJs } from '../workbook/loadExcelJs';
import { a4PageSetup, frozenRowsThrough, pageNumberFooter } from '../workbook/printSetup';
import { caseExportColumns, type CaseExportOptions, type CaseExportRow } from './caseExportColumns';

/**
 * Writes the ケース一覧 workbook to `out` with exceljs's streaming writer: each row is written
 * and dropped as it comes, so 100,000 cases cost what one batch does (the in-memory workbook
 * needs about five times the memory). The header row is frozen, filterable and repeated on
 * every printed A4 landscape page. Returns the number of case rows.
 */
// One style object per kind of cell, shared by every cell of the kind: exceljs recognises a
// style object it has seen and skips rendering it again, which a fresh copy per cell defeats
// (that rendering was a third of the time of writing 100,000 rows).
const plainStyle: Partial<Style> = { font: bodyFont };
const dateStyle: Partial<Style> = { font: bodyFont, numFmt: warekiDateFormat };
const cellStyles = caseExportColumns.map((column) =>
  column.date === true ? dateStyle : plainStyle,
);

export async function writeCaseListWorkbook(
  out: Writable,
  batches: Iterable<CaseExportRow[]>,
  options: CaseExportOptions,
): Promise<number> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Kasane';
  const sheet = workbook.addWorksheet('ケース一覧', {
    views: frozenRowsThrough(1),
    pageSetup: a4PageSetup('landscape', 1),
    headerFooter: pageNumberFooter,
  });
  sheet.columns = caseExportColumns.map((column) => ({
    header: column.header,
    width: column.width,
  }));
  const header = sheet.getRow(1);
  header.font = boldFont;
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } };
  header.commit();
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: caseExportColumns.length },
  };

  let rows = 0;
  for (const batch of batches) {
    for (const item of batch) {
      const row = sheet.addRow(caseExportColumns.map((column) => column.value(item, options)));
      row.eachCell((cell, column) => {
        cell.style = cellStyles[column - 1] ?? plainStyle;
      });
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
