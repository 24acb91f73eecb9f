import type { RawRow } from '../rawSheet';
import type { RowVisitor } from './sheetRows';

/** The kinds of file an import reads. */
export type ImportFormat = 'xlsx' | 'csv' | 'tsv';

/** One sheet of the file (a CSV is one), its rows read in order on demand. */
export type SheetSource = {
  name: string;
  /** Whether serial dates count from 1904 (old Mac Excel); false for text files. */
  date1904: boolean;
  /** Streams the sheet's non-empty rows to `visit` (true from it stops the reading). */
  readRows: (visit: RowVisitor) => Promise<void>;
};

/** A file opened for import: its sheets, and for a text file the character encoding found. */
export type ImportSource = {
  format: ImportFormat;
  /** How a text file was decoded, as people call it (Shift_JIS, UTF-8 …); null for a workbook. */
  encoding: string | null;
  sheets: SheetSource[];
  close: () => void;
};

export type { RawRow, RowVisitor };
