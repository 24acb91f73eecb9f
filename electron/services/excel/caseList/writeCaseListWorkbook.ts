import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { warekiDateFormat } from '../workbook/excelDates';
import { loadExcelJs } from '../workbook/loadExcelJs';
import { a4PageSetup, frozenRowsThrough, pageNumberFooter } from '../workbook/printSetup';
import { caseExportColumns, type CaseExportOptions, type CaseExportRow } from './caseExportColumns';

/**
 * Writes the ケース一覧 workbook to `out` with exceljs's streaming writer: each row is written
 * and dropped as it comes, so 100,000 cases cost what one batch does (the in-memory workbook
 * needs about five times the memory). The header row is frozen, filterable and repeated on
 * every printed A4 landscape page. Returns the number of case rows.
 */
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
  header.font = { bold: true };
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
      caseExportColumns.forEach((column, i) => {
        if (column.date === true) row.getCell(i + 1).numFmt = warekiDateFormat;
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
