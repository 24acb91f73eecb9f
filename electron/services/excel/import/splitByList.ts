import { valueKey } from './codeMatcher';
import { cellText, type RawCell } from './rawSheet';

/** Words a list accepts (labels and the other ways offices write them), each meaning one value. */
export type WordList<V> = {
  lookup: (key: string) => V | undefined;
  /** Whether a word is read through a mapping rather than being on the list. */
  isMapped: (key: string) => boolean;
  /** The most separator-joined parts any word has (DV・虐待: 2), so no longer span is tried. */
  maxParts: number;
};

/**
 * What a cell holding several values says: the values found (repeats collapsed), the parts that
 * match nothing, and the words read through a mapping (as written).
 */
export type SplitWords<V> = { values: V[]; unknown: string[]; mapped: string[] };

// Every separator offices put between values; NFKC has already made the full-width comma,
// slash, semicolon and space half-width.
const separator = /[・、,/;\s]+/gu;

/**
 * Builds a list from [word, value] pairs, and words mapped to values for this import; words
 * compare by `valueKey` (widths, spaces, case). A word on the list is read as the list says,
 * whatever a mapping remembered from before it was added says.
 */
export function wordList<V>(
  entries: Iterable<readonly [string, V]>,
  mappedEntries: Iterable<readonly [string, V]> = [],
): WordList<V> {
  const byKey = new Map<string, V>();
  const mapped = new Set<string>();
  let maxParts = 1;
  const add = (word: string, value: V) => {
    const key = valueKey(word);
    if (key === '') return false;
    byKey.set(key, value);
    maxParts = Math.max(maxParts, tokens(word.normalize('NFKC')).length);
    return true;
  };
  for (const [word, value] of mappedEntries) if (add(word, value)) mapped.add(valueKey(word));
  for (const [word, value] of entries) if (add(word, value)) mapped.delete(valueKey(word));
  return { lookup: (key) => byKey.get(key), isMapped: (key) => mapped.has(key), maxParts };
}

type Token = { start: number; end: number };

function tokens(text: string): Token[] {
  const found: Token[] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) found.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) found.push({ start, end: text.length });
  return found;
}

type Step = { unknownParts: number; spans: number; next: number; matched: boolean };

/**
 * Splits a cell holding several values (子育て・仕事・就労, 介護、DV・虐待 …) by the longest match
 * against the list: a word that itself holds a separator (仕事・就労) is taken whole when the
 * list has it. Among all readings the one leaving the fewest parts unmatched wins, then the one
 * with the fewest (so longest) words. Repeats are collapsed; unmatched parts next to each other
 * across a ・ stay one word, as written (ゴミ屋敷, 金銭・財産管理), so only they are named.
 */
export function splitByList<V>(cell: RawCell | undefined, list: WordList<V>): SplitWords<V> {
  const text = cellText(cell).normalize('NFKC');
  if (text === '') return { values: [], unknown: [], mapped: [] };
  // Most cells hold one word of the list.
  const wholeKey = valueKey(text);
  const whole = list.lookup(wholeKey);
  if (whole !== undefined) {
    return { values: [whole], unknown: [], mapped: list.isMapped(wholeKey) ? [text.trim()] : [] };
  }
  const parts = tokens(text);
  const n = parts.length;
  // best[i]: the best reading of parts i..n-1 (dynamic programming from the end).
  const best: Step[] = new Array<Step>(n + 1);
  best[n] = { unknownParts: 0, spans: 0, next: n, matched: true };
  for (let i = n - 1; i >= 0; i--) {
    const rest = best[i + 1] as Step;
    let choice: Step = {
      unknownParts: rest.unknownParts + 1,
      spans: rest.spans + 1,
      next: i + 1,
      matched: false,
    };
    const last = Math.min(n, i + list.maxParts);
    for (let j = i + 1; j <= last; j++) {
      const word = text.slice((parts[i] as Token).start, (parts[j - 1] as Token).end);
      if (list.lookup(valueKey(word)) === undefined) continue;
      const after = best[j] as Step;
      const candidate = { unknownParts: after.unknownParts, spans: after.spans + 1, next: j };
      if (
        candidate.unknownParts < choice.unknownParts ||
        (candidate.unknownParts === choice.unknownParts && candidate.spans <= choice.spans)
      ) {
        choice = { ...candidate, matched: true };
      }
    }
    best[i] = choice;
  }
  const values: V[] = [];
  const unknown: string[] = [];
  const mapped: string[] = [];
  let runStart: number | null = null;
  let i = 0;
  const endRun = (end: number) => {
    if (runStart === null) return;
    unknown.push(text.slice(runStart, end));
    runStart = null;
  };
  while (i < n) {
    const step = best[i] as Step;
    const part = parts[i] as Token;
    if (step.matched) {
      endRun(parts[i - 1]?.end ?? 0);
      const word = text.slice(part.start, (parts[step.next - 1] as Token).end);
      values.push(list.lookup(valueKey(word)) as V);
      if (list.isMapped(valueKey(word))) mapped.push(word);
    } else {
      // An unmatched part continues the run only when a bare ・ joins it to the previous one.
      const joiner = i > 0 ? text.slice((parts[i - 1] as Token).end, part.start) : '';
      if (runStart !== null && joiner !== '・') endRun((parts[i - 1] as Token).end);
      runStart ??= part.start;
    }
    i = step.next;
  }
  endRun(parts[n - 1]?.end ?? 0);
  return {
    values: [...new Set(values)],
    unknown: [...new Set(unknown)],
    mapped: [...new Set(mapped)],
  };
}
