import { AppError } from '../../../contract/errors';
import type { ImportProblem } from '../../../contract/schemas/import';
import type { ColumnSpec } from './columnSpec';
import { findHeaderRow, headerScanRows, type HeaderRow } from './findHeaderRow';
import { parseImportDate } from './parseImportDate';
import type { ProblemLog } from './problemLog';
import { cellText, type RawRow } from './rawSheet';
import { rowReader, type RowReader } from './rowReader';
import { isSkippedRow } from './skippedRow';
import { importLimits, tooLarge } from './source/importLimits';
import type { ImportSource, SheetSource } from './source/importSource';

/** What a row parser may rely on besides the row: today in Japan and the workbook's date system. */
export type RowContext = { today: string; date1904: boolean };

/** Reads a row into a draft; problems go to the reader (any error keeps the row out). */
export type RowParser<K extends string, D> = (row: RowReader<K>, context: RowContext) => D;

/** A row read without an error: what the writer gets. */
export type ValidRow<D> = { rowNumber: number; draft: D };

/** One of the first rows, as the preview shows it (dates as ISO, other cells as written). */
export type SampleRow = { rowNumber: number; display: string[]; invalid: boolean };

/** A sheet read: where its headings were, its valid rows, how many rows and errors, the first rows. */
export type ReadSheet<K extends string, D> = {
  sheetName: string;
  header: HeaderRow<K>;
  valid: ValidRow<D>[];
  rows: number;
  invalid: number;
  sample: SampleRow[];
};

export type ReadOptions<K extends string> = {
  /** How many of the first rows the preview shows. */
  sampleRows: number;
  /** False when only the refused rows matter (the errors workbook): no draft is kept. */
  keepValid?: boolean;
  /** Told each refused row as written with its errors (the errors workbook is written from it). */
  onInvalid?: (row: RawRow, errors: ImportProblem[], header: HeaderRow<K>) => void;
};

function noHeader(columns: readonly ColumnSpec[]): AppError {
  const examples = columns
    .filter((column) => column.required)
    .map((column) => `「${column.label}」`)
    .join('');
  return new AppError(
    'VALIDATION',
    `見出しの行が見つかりません。どのシートにも、${examples}などの見出しが並んだ行がありません（上から${headerScanRows}行目までを探します）。`,
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

/** Reads one sheet: its heading row among the first rows, then every row below it. Null without headings. */
async function readSheet<K extends string, D>(
  sheet: SheetSource,
  columns: readonly ColumnSpec<K>[],
  parse: RowParser<K, D>,
  today: string,
  log: ProblemLog,
  options: ReadOptions<K>,
): Promise<ReadSheet<K, D> | null> {
  const context: RowContext = { today, date1904: sheet.date1904 };
  const head: RawRow[] = [];
  // Set from the row visitor below (a closure), so kept in an object the compiler follows.
  const found: { header: HeaderRow<K> | null; searched: boolean } = {
    header: null,
    searched: false,
  };
  const read: Omit<ReadSheet<K, D>, 'header'> = {
    sheetName: sheet.name,
    valid: [],
    rows: 0,
    invalid: 0,
    sample: [],
  };

  const take = (found: HeaderRow<K>, row: RawRow) => {
    if (row.rowNumber <= found.rowNumber || isSkippedRow(row)) return;
    read.rows += 1;
    if (read.rows > importLimits.dataRows) {
      throw tooLarge('データの行数', `${importLimits.dataRows.toLocaleString('ja-JP')} 行`);
    }
    const reader = rowReader(row, found.columns);
    const draft = parse(reader, context);
    const invalid = reader.hasErrors();
    log.add(reader.problems);
    if (invalid) {
      read.invalid += 1;
      options.onInvalid?.(
        row,
        reader.problems.filter((p) => p.severity === 'error'),
        found,
      );
    } else if (options.keepValid !== false) read.valid.push({ rowNumber: row.rowNumber, draft });
    if (read.sample.length < options.sampleRows) {
      const display = found.columns.map((column) => {
        const cell = row.cells[column.index] ?? null;
        const date = column.type === 'date' ? parseImportDate(cell, sheet.date1904) : null;
        return date?.ok ? date.iso : cellText(cell);
      });
      read.sample.push({ rowNumber: row.rowNumber, display, invalid });
    }
  };
  const search = (): HeaderRow<K> | null => {
    found.searched = true;
    const header = findHeaderRow({ rows: head }, columns);
    found.header = header;
    if (header === null) return null;
    refuseMissing(header, sheet.name);
    for (const row of head) take(header, row);
    return header;
  };

  await sheet.readRows((row) => {
    if (found.header !== null) {
      take(found.header, row);
      return false;
    }
    head.push(row);
    // No headings in the first rows: this sheet is not the ledger; stop inflating it.
    return head.length >= headerScanRows && search() === null;
  });
  const header = found.searched ? found.header : search();
  return header === null ? null : { ...read, header };
}

/**
 * Reads the first sheet that has a heading row, as a stream: rows below the headings, blank and
 * 合計 rows passed over, each row parsed on its own so every problem of every row is reported
 * (to the log, which keeps the first ones). Only valid rows' drafts are kept. A file without
 * recognisable headings or without a required column, or past the import's limits, is a
 * VALIDATION error.
 */
export async function readImportSheet<K extends string, D>(
  source: ImportSource,
  columns: readonly ColumnSpec<K>[],
  parse: RowParser<K, D>,
  today: string,
  log: ProblemLog,
  options: ReadOptions<K>,
): Promise<ReadSheet<K, D>> {
  for (const sheet of source.sheets) {
    const read = await readSheet(sheet, columns, parse, today, log, options);
    if (read !== null) return read;
  }
  throw noHeader(columns);
}
