import type { ReadDb } from '../../../../db/database';
import { codeListRows } from '../../../../db/repositories/codeListRepository';
import { splitByList, wordList } from './splitByList';

/** A 課題 cell read against the 課題 list: its labels, and the parts that match nothing. */
export type TagLookup = { labels: string[]; unknown: string[] };

/**
 * Reads 課題 cells against the 課題 list (active and retired labels; widths and spaces ignored),
 * splitting several values by the longest match: 子育て・仕事・就労 is 子育て and 仕事・就労.
 */
export function issueTagsByName(db: ReadDb): (written: string) => TagLookup {
  const list = wordList(codeListRows(db, 'issueTag').map((row) => [row.label, row.label] as const));
  return (written) => {
    const { values, unknown } = splitByList(written, list);
    return { labels: values, unknown };
  };
}
