import { loadExcelJs } from '../workbook/loadExcelJs';

/** A cell as a test writes it: text, a number, a date (an Excel date, see `excelDate`) or blank. */
export type FixtureCell = string | number | Date | null;

export type FixtureSheet = {
  name: string;
  /** Rows from row 1; `null` rows are left empty. */
  rows: ReadonlyArray<ReadonlyArray<FixtureCell> | null>;
  /** Merged ranges such as 'A1:H1'. */
  merges?: readonly string[];
  hidden?: boolean;
};

/** A real Excel date for a calendar day (UTC midnight: a local-time Date shifts a day in Tokyo). */
export function excelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Writes an .xlsx with exceljs and returns its bytes. */
export async function workbookBytes(sheets: readonly FixtureSheet[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, {
      state: spec.hidden === true ? 'hidden' : 'visible',
    });
    spec.rows.forEach((cells, i) => {
      if (cells === null) return;
      cells.forEach((value, j) => {
        if (value === null) return;
        const cell = sheet.getCell(i + 1, j + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = 'yyyy/m/d';
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
