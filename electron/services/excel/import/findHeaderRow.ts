import type { ImportColumn, ImportIgnoredColumn } from '../../../contract/schemas/import';
import { columnLetter } from './columnLetter';
import { headerLookup, type ColumnSpec } from './columnSpec';
import { cellText, type RawRow } from './rawSheet';

/** A column found in the file: which one it is and where (0-based index into the row's cells). */
export type FoundColumn<K extends string> = ImportColumn & { key: K; index: number };

export type HeaderRow<K extends string> = {
  rowNumber: number;
  columns: FoundColumn<K>[];
  ignored: ImportIgnoredColumn[];
  /** Required columns the heading row lacks. */
  missing: ColumnSpec<K>[];
  /** Every heading as written, by column index (for the errors workbook). */
  headings: string[];
};

/** Title rows, notes and blank lines above the headings are looked through this far. */
export const headerScanRows = 30;

function matches<K extends string>(row: RawRow, lookup: (h: string) => ColumnSpec<K> | undefined) {
  return new Set(
    row.cells.map((cell) => lookup(cellText(cell))?.key).filter((k) => k !== undefined),
  ).size;
}

/**
 * Finds the heading row of a sheet: among the first rows, the one naming the most known columns
 * (at least two, so a title such as 相談受付簿 never wins). Null when the sheet has none.
 */
export function findHeaderRow<K extends string>(
  sheet: { rows: readonly RawRow[] },
  specs: readonly ColumnSpec<K>[],
): HeaderRow<K> | null {
  const lookup = headerLookup(specs);
  let best: { row: RawRow; score: number } | null = null;
  for (const row of sheet.rows.slice(0, headerScanRows)) {
    const score = matches(row, lookup);
    if (score >= 2 && (best === null || score > best.score)) best = { row, score };
  }
  if (best === null) return null;

  const columns: FoundColumn<K>[] = [];
  const ignored: ImportIgnoredColumn[] = [];
  const headings = best.row.cells.map((cell) => cellText(cell));
  headings.forEach((heading, index) => {
    if (heading === '') return;
    const letter = columnLetter(index + 1);
    const spec = lookup(heading);
    const taken = spec && columns.find((column) => column.key === spec.key);
    if (!spec) {
      ignored.push({ header: heading, letter, reason: 'unknown' });
    } else if (taken) {
      ignored.push({ header: heading, letter, reason: 'duplicate', sameAs: taken.label });
    } else {
      columns.push({
        key: spec.key,
        index,
        label: spec.label,
        header: heading,
        letter,
        type: spec.type,
      });
    }
  });
  const missing = specs.filter(
    (spec) => spec.required === true && !columns.some((column) => column.key === spec.key),
  );
  return { rowNumber: best.row.rowNumber, columns, ignored, missing, headings };
}
