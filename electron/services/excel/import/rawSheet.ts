/**
 * A worksheet as plain values, so everything after reading the file is pure and testable without
 * exceljs. Dates are UTC-midnight Dates (exceljs's reading of an Excel date), never local time.
 */
export type RawCell = string | number | boolean | Date | null;

/** One non-empty worksheet row: its Excel row number and its cells from column A. */
export type RawRow = { rowNumber: number; cells: RawCell[] };

export type RawSheet = {
  name: string;
  rows: RawRow[];
  /** Whether the workbook counts serial dates from 1904 (old Mac Excel). */
  date1904: boolean;
};

/** A cell as one line of text: dates as YYYY/M/D, numbers as written, blanks as ''. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    return `${cell.getUTCFullYear()}/${cell.getUTCMonth() + 1}/${cell.getUTCDate()}`;
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim();
}

/** Whether a cell holds nothing but spaces. */
export function isBlankCell(cell: RawCell | undefined): boolean {
  return cellText(cell).replace(/\s+/gu, '') === '';
}
