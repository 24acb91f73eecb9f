import { loadExcelJs } from '../workbook/loadExcelJs';
import type { ImportRun } from './importReport';
import { problemPlace } from './problemText';

/**
 * The rows an import refused, as a workbook to fix and import again: the file's own headings and
 * cells (dates stay dates), then 理由 (every error of the row, one per line) and 元の行 (its row
 * number in the original file).
 */
export async function errorsWorkbook(run: ImportRun): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('取り込めなかった行', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const width = Math.max(run.headings.length, ...run.invalidRows.map((row) => row.cells.length));
  const headings = Array.from({ length: width }, (_, i) => run.headings[i] ?? '');
  sheet.addRow([...headings, '理由', '元の行']).font = { bold: true };
  for (const row of run.invalidRows) {
    const cells = Array.from({ length: width }, (_, i) => row.cells[i] ?? null);
    const reasons = row.reasons.map((problem) => {
      const place = problemPlace(problem);
      return place === '' ? problem.message : `${place}: ${problem.message}`;
    });
    const added = sheet.addRow([...cells, reasons.join('\n'), row.rowNumber]);
    cells.forEach((cell, i) => {
      // exceljs read the date as UTC midnight and writes it back as the same Excel day.
      if (cell instanceof Date) added.getCell(i + 1).numFmt = 'yyyy/m/d';
    });
    added.getCell(width + 1).alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.columns.forEach((column, i) => {
    column.width = i === width ? 60 : 14;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
