import { kanjiVariantPairs } from './kanjiVariantPairs';

let folds: Map<string, string> | null = null;

// Built on first use (18,000 pairs, a few ms), not when the module loads.
function foldTable(): Map<string, string> {
  if (folds) return folds;
  const codePoints = Array.from(kanjiVariantPairs);
  folds = new Map();
  for (let i = 0; i + 1 < codePoints.length; i += 2) {
    folds.set(codePoints[i] as string, codePoints[i + 1] as string);
  }
  return folds;
}

// Ideographic variation selectors (IVS, U+E0100–E01EF) and the standardized ones (U+FE00–FE0F)
// choose a glyph of the same character: for matching they are dropped.
const variationSelectors = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;

/**
 * The text with each kanji written in a variant form replaced by the form it is matched as
 * (髙→高, 﨑→崎, 邊/邉→辺, 齋→斎, 𠮷→吉, 濵/濱→浜, 德→徳 …; kanjiVariantPairs.ts says from which
 * published table) and variation selectors dropped. Only for matching keys: what the user typed
 * is always stored and shown as typed.
 */
export function foldKanjiVariants(text: string): string {
  const table = foldTable();
  let out = '';
  for (const ch of text.replace(variationSelectors, '')) out += table.get(ch) ?? ch;
  return out;
}
