import type { ImportProblem } from '../../../contract/schemas/import';
import type { FoundColumn } from './findHeaderRow';
import type { Parsed } from './parsedValue';
import type { RawCell, RawRow } from './rawSheet';

/** One data row as a row parser sees it: cells by column key, and a place to put problems. */
export type RowReader<K extends string> = {
  rowNumber: number;
  /** Whether the file has this column at all. */
  has: (key: K) => boolean;
  /** The cell under a column (undefined when the file has no such column). */
  cell: (key: K) => RawCell | undefined;
  /** A parsed cell's value, or `fallback` after recording its error against the column. */
  value: <T>(key: K, parsed: Parsed<T>, fallback: T) => T;
  error: (key: K | null, message: string) => void;
  warning: (key: K | null, message: string) => void;
  problems: ImportProblem[];
  hasErrors: () => boolean;
};

export function rowReader<K extends string>(
  row: RawRow,
  columns: readonly FoundColumn<K>[],
): RowReader<K> {
  const byKey = new Map<string, FoundColumn<K>>(columns.map((column) => [column.key, column]));
  const problems: ImportProblem[] = [];
  const add = (key: K | null, message: string, severity: ImportProblem['severity']) => {
    const column = key === null ? undefined : byKey.get(key);
    problems.push({
      row: row.rowNumber,
      header: column?.header ?? null,
      letter: column?.letter ?? null,
      message,
      severity,
    });
  };
  const reader: RowReader<K> = {
    rowNumber: row.rowNumber,
    has: (key) => byKey.has(key),
    cell: (key) => {
      const column = byKey.get(key);
      return column === undefined ? undefined : (row.cells[column.index] ?? null);
    },
    value: (key, parsed, fallback) => {
      if (parsed.ok) return parsed.value;
      add(key, parsed.message, 'error');
      return fallback;
    },
    error: (key, message) => add(key, message, 'error'),
    warning: (key, message) => add(key, message, 'warning'),
    problems,
    hasErrors: () => problems.some((problem) => problem.severity === 'error'),
  };
  return reader;
}
