import type { ImportProblem } from '../../../contract/schemas/import';
import type { FoundColumn } from './findHeaderRow';
import type { Parsed } from './parsedValue';
import type { RawCell, RawRow } from './rawSheet';

/** A place to put one row's problems, against a column or the whole row. */
export type RowProblems<K extends string> = {
  rowNumber: number;
  error: (key: K | null, message: string) => void;
  warning: (key: K | null, message: string) => void;
  problems: ImportProblem[];
  hasErrors: () => boolean;
};

/** One data row as a row parser sees it: cells by column key, and a place to put problems. */
export type RowReader<K extends string> = RowProblems<K> & {
  /** Whether the file has this column at all. */
  has: (key: K) => boolean;
  /** The cell under a column (undefined when the file has no such column). */
  cell: (key: K) => RawCell | undefined;
  /** A parsed cell's value, or `fallback` after recording its error against the column. */
  value: <T>(key: K, parsed: Parsed<T>, fallback: T) => T;
};

// A message quotes what was written; a cell may hold thousands of characters.
const maxMessage = 300;

/** Problems of the row numbered `rowNumber`, placed by the file's columns (letter and heading). */
export function rowProblems<K extends string>(
  rowNumber: number,
  columns: readonly FoundColumn<K>[],
): RowProblems<K> {
  const problems: ImportProblem[] = [];
  const add = (key: K | null, message: string, severity: ImportProblem['severity']) => {
    const column = key === null ? undefined : columns.find((c) => c.key === key);
    problems.push({
      row: rowNumber,
      header: column?.header ?? null,
      letter: column?.letter ?? null,
      message: message.length > maxMessage ? `${message.slice(0, maxMessage)}…` : message,
      severity,
    });
  };
  return {
    rowNumber,
    error: (key, message) => add(key, message, 'error'),
    warning: (key, message) => add(key, message, 'warning'),
    problems,
    hasErrors: () => problems.some((problem) => problem.severity === 'error'),
  };
}

// A sheet's columns by key, built once per sheet rather than once per row.
const columnMaps = new WeakMap<readonly FoundColumn<string>[], Map<string, FoundColumn<string>>>();

function columnsByKey<K extends string>(
  columns: readonly FoundColumn<K>[],
): Map<string, FoundColumn<K>> {
  let byKey = columnMaps.get(columns);
  if (byKey === undefined) {
    byKey = new Map(columns.map((column) => [column.key, column]));
    columnMaps.set(columns, byKey);
  }
  return byKey as Map<string, FoundColumn<K>>;
}

export function rowReader<K extends string>(
  row: RawRow,
  columns: readonly FoundColumn<K>[],
): RowReader<K> {
  const byKey = columnsByKey(columns);
  const problems = rowProblems(row.rowNumber, columns);
  return {
    ...problems,
    has: (key) => byKey.has(key),
    cell: (key) => {
      const column = byKey.get(key);
      return column === undefined ? undefined : (row.cells[column.index] ?? null);
    },
    value: (key, parsed, fallback) => {
      if (parsed.ok) return parsed.value;
      problems.error(key, parsed.message);
      return fallback;
    },
  };
}
