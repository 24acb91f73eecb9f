import type { ReadDb } from '../../../../db/database';
import { codeListRows } from '../../../../db/repositories/codeListRepository';
import { valueKey } from './codeMatcher';

/** 課題 words resolved to labels of the 課題 list, and the words that are not on it. */
export type TagLookup = { labels: string[]; unknown: string[] };

/**
 * Reads 課題 words against the 課題 list (active and retired labels, widths and spaces ignored).
 * A word not on the list but made of labels joined by ・ (介護・障害) counts as those labels;
 * a label that itself holds ・ (DV・虐待) is matched whole first.
 */
export function issueTagsByName(db: ReadDb): (words: readonly string[]) => TagLookup {
  const byKey = new Map(
    codeListRows(db, 'issueTag').map((row) => [valueKey(row.label), row.label]),
  );
  return (words) => {
    const labels: string[] = [];
    const unknown: string[] = [];
    for (const word of words) {
      const whole = byKey.get(valueKey(word));
      const parts = whole === undefined ? word.split('・').filter((part) => part !== '') : [];
      const partLabels = parts.map((part) => byKey.get(valueKey(part)));
      if (whole !== undefined) labels.push(whole);
      else if (parts.length > 1 && partLabels.every((label) => label !== undefined)) {
        labels.push(...partLabels);
      } else unknown.push(word);
    }
    return { labels: [...new Set(labels)], unknown };
  };
}
