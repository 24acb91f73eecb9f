import { z } from '../zodJapanese';
import { lineSchema } from './fieldSchemas';
import { importMappingsSchema, type ImportWord } from './importWords';

/** The spreadsheets the office kept before Kasane that can be imported. */
export const importKinds = ['consultations', 'agencies', 'resources'] as const;
export type ImportKind = (typeof importKinds)[number];

export const importKindLabels: Record<ImportKind, string> = {
  consultations: '相談受付簿',
  agencies: '関係機関一覧',
  resources: '社会資源一覧',
};

/** The kinds of file an import reads: an Excel workbook, or a CSV / tab-separated text file. */
export type ImportFormat = 'xlsx' | 'csv' | 'tsv';

/** The largest file the UI may send, in bytes (it travels as base64 text). */
export const maxImportFileBytes = 10 * 1024 * 1024;
const maxBase64Length = Math.ceil(maxImportFileBytes / 3) * 4;

/** A file's bytes as standard base64 (the web harness carries JSON, so no Uint8Array). */
const fileContentSchema = z
  .string()
  .min(1, { error: 'ファイルが空です' })
  .max(maxBase64Length, { error: 'ファイルが大きすぎます（10 MB まで）' })
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'ファイルの内容を受け取れませんでした' });

const importFileFields = {
  kind: z.enum(importKinds, { error: '取り込む一覧の種類を選んでください' }),
  /** For messages and to tell a CSV / TSV by its ending (.csv, .tsv, .txt); never opened as a path. */
  fileName: lineSchema('ファイル名', 255),
  content: fileContentSchema,
  /** Words of the file read as list values for the whole file (相談受付簿 only). */
  mappings: importMappingsSchema,
};

/** Reads a workbook and says what importing it would do; nothing is written (the view is audited). */
export const importPreviewInput = z.strictObject(importFileFields);

/**
 * Imports a workbook in one transaction: with any invalid row nothing is written unless
 * `skipInvalid`, and then only the valid rows are.
 */
export const importRunInput = z.strictObject({
  ...importFileFields,
  skipInvalid: z.boolean().default(false),
});

/** A column the import recognised: what it is (label) and where it was (heading as written, letter). */
export type ImportColumn = {
  key: string;
  label: string;
  header: string;
  letter: string;
  type: 'text' | 'date';
};

/** A column left out: an unknown heading, or a second column for the same thing. */
export type ImportIgnoredColumn = {
  header: string;
  letter: string;
  reason: 'unknown' | 'duplicate';
  /** For a duplicate: the label of the column already used. */
  sameAs?: string;
};

/**
 * One problem with a row (or the file when `row` is null): where it is in Excel terms and why,
 * in Japanese. Errors keep the row out; warnings are imported as the message says.
 */
export type ImportProblem = {
  row: number | null;
  header: string | null;
  letter: string | null;
  message: string;
  severity: 'error' | 'warning';
};

/** What happens (or happened) to a row: imported, already there, or refused. */
export type ImportRowStatus = 'ready' | 'imported' | 'duplicate' | 'invalid';

/** A row as the preview shows it: values per recognised column (dates as ISO). */
export type ImportSampleRow = { row: number; status: ImportRowStatus; values: string[] };

export type ImportCounts = {
  /** Data rows read (blank rows and 合計/計 rows are not counted). */
  rows: number;
  /** Valid rows not already in Kasane: what an import writes. */
  ready: number;
  /** Rows already imported (or repeated in the file): skipped. */
  duplicates: number;
  /** Rows with at least one error. */
  invalid: number;
  /** Rows written by this run (0 for a preview and for a refused import). */
  imported: number;
  /** Consultations only: people created, and rows matched to a person already known. */
  newPersons: number;
  matchedPersons: number;
};

/** The answer to a preview and to an import. */
export type ImportReport = {
  kind: ImportKind;
  fileName: string;
  format: ImportFormat;
  /** How a text file was decoded (Shift_JIS（CP932）, UTF-8 …); null for a workbook. */
  encoding: string | null;
  /** The sheet read; for a text file, the file's name. */
  sheetName: string;
  headerRow: number;
  columns: ImportColumn[];
  ignoredColumns: ImportIgnoredColumn[];
  counts: ImportCounts;
  /** The first rows, for the preview table. */
  sample: ImportSampleRow[];
  /** The first problems (errors and warnings) in row order; `problemCounts` counts them all. */
  problems: ImportProblem[];
  problemCounts: { errors: number; warnings: number };
  /** Words the lists did not take as written (unknown, mapped, staff by 姓), for mapping; and how many more. */
  words: ImportWord[];
  moreWords: number;
  /** Whether anything was written. */
  written: boolean;
};
