import { AppError } from '../../../contract/errors';
import type { ImportProblem } from '../../../contract/schemas/import';
import type { ColumnSpec } from './columnSpec';
import { findHeaderRow, type HeaderRow } from './findHeaderRow';
import { parseImportDate } from './parseImportDate';
import { cellText, type RawCell, type RawSheet } from './rawSheet';
import { rowReader, type RowReader } from './rowReader';
import { isSkippedRow } from './skippedRow';

/** What a row parser may rely on besides the row: today in Japan and the workbook's date system. */
export type RowContext = { today: string; date1904: boolean };

/** How one kind of sheet is read: its columns, and how a row becomes a draft record. */
export type SheetSpec<K extends string, D> = {
  columns: readonly ColumnSpec<K>[];
  /** Reads a row into a draft; problems go to the reader (any error keeps the row out). */
  parseRow: (row: RowReader<K>, context: RowContext) => D;
};

/**
 * A data row read: its draft (null when it has an error; `partial` is what could be read all the
 * same, for the database checks to report their problems too), its problems, what the preview shows.
 */
export type ParsedRow<D> = {
  rowNumber: number;
  cells: RawCell[];
  draft: D | null;
  partial: D;
  problems: ImportProblem[];
  display: string[];
};

export type ParsedSheet<K extends string, D> = {
  sheetName: string;
  header: HeaderRow<K>;
  rows: ParsedRow<D>[];
};

function requireHeader<K extends string>(
  sheets: readonly RawSheet[],
  columns: readonly ColumnSpec<K>[],
): { sheet: RawSheet; header: HeaderRow<K> } {
  for (const sheet of sheets) {
    const header = findHeaderRow(sheet, columns);
    if (header) return { sheet, header };
  }
  const examples = columns
    .filter((column) => column.required)
    .map((column) => `「${column.label}」`)
    .join('');
  throw new AppError(
    'VALIDATION',
    `見出しの行が見つかりません。どのシートにも、${examples}などの見出しが並んだ行がありません（上から30行目までを探します）。`,
  );
}

function refuseMissing<K extends string>(header: HeaderRow<K>, sheetName: string): void {
  if (header.missing.length === 0) return;
  const names = header.missing
    .map(
      (column) =>
        `「${column.label}」（見出しは ${[column.label, ...column.headers].join('・')} のどれか）`,
    )
    .join('、');
  throw new AppError(
    'VALIDATION',
    `シート「${sheetName}」の${header.rowNumber}行目の見出しに、必須の列がありません: ${names}`,
  );
}

/**
 * Reads the first sheet that has a heading row into drafts: rows below the headings, blank and
 * 合計 rows passed over, each row parsed on its own so every problem of every row is reported.
 * A file without recognisable headings or without a required column is a VALIDATION error.
 */
export function parseImportSheet<K extends string, D>(
  sheets: readonly RawSheet[],
  spec: SheetSpec<K, D>,
  today: string,
): ParsedSheet<K, D> {
  const { sheet, header } = requireHeader(sheets, spec.columns);
  refuseMissing(header, sheet.name);
  const context: RowContext = { today, date1904: sheet.date1904 };
  const rows = sheet.rows
    .filter((row) => row.rowNumber > header.rowNumber && !isSkippedRow(row))
    .map((row): ParsedRow<D> => {
      const reader = rowReader(row, header.columns);
      const draft = spec.parseRow(reader, context);
      const display = header.columns.map((column) => {
        const cell = row.cells[column.index] ?? null;
        const date = column.type === 'date' ? parseImportDate(cell, sheet.date1904) : null;
        return date?.ok ? date.iso : cellText(cell);
      });
      return {
        rowNumber: row.rowNumber,
        cells: row.cells,
        draft: reader.hasErrors() ? null : draft,
        partial: draft,
        problems: reader.problems,
        display,
      };
    });
  return { sheetName: sheet.name, header, rows };
}
