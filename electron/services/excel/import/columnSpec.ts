import { headerKey } from './headerKey';

/** One column an import understands: its key, its name, and every heading that means it. */
export type ColumnSpec<K extends string = string> = {
  key: K;
  /** The heading shown in previews and messages (受付日). */
  label: string;
  /** Headings as people write them (受付日, 相談日 …); compared by `headerKey`. */
  headers: readonly string[];
  /** How previews show the value (dates in 和暦). */
  type: 'text' | 'date';
  required?: boolean;
};

/** The column a heading names, if any. */
export type HeaderLookup<K extends string> = (heading: string) => ColumnSpec<K> | undefined;

/** Builds the lookup once per import: every heading of every column by its key. */
export function headerLookup<K extends string>(specs: readonly ColumnSpec<K>[]): HeaderLookup<K> {
  const byKey = new Map<string, ColumnSpec<K>>();
  for (const spec of specs) {
    for (const heading of [spec.label, ...spec.headers]) byKey.set(headerKey(heading), spec);
  }
  return (heading) => byKey.get(headerKey(heading));
}
