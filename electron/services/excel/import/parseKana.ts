import { parsedError, parsedOk, type Parsed } from './parsedValue';
import { cellText, type RawCell } from './rawSheet';

// Kana of either script, the long-vowel mark, the middle dot, (semi-)voiced marks and spaces.
const kanaOnly = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・゛゜\s]*$/u;

/**
 * ふりがな in hiragana, katakana or half-width katakana. Kept as written except that half-width
 * katakana become full-width (ﾔﾏﾀﾞ → ヤマダ), so the record reads like one typed in the app;
 * the search key (kanaKey) folds the rest.
 */
export function parseKana(cell: RawCell | undefined): Parsed<string> {
  const written = cellText(cell).replace(/\s+/gu, ' ');
  const text = written.replace(/[\uFF61-\uFF9F]+/gu, (run) => run.normalize('NFKC'));
  if (!kanaOnly.test(text)) {
    return parsedError(`ふりがなは ひらがな か カタカナで書いてください（${written}）`);
  }
  return text.length > 100
    ? parsedError(`ふりがなは100文字以内にしてください（${text.length}文字）`)
    : parsedOk(text);
}
