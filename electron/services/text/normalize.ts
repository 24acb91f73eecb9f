import { foldKanjiVariants } from './kanjiVariants';

/**
 * Matching keys. What the user typed is always kept for display; these normalised copies are
 * what search and duplicate checks compare. The database keeps them in its *_key columns and
 * recomputes them with the same functions (matchingKeySql.ts) when the rules change.
 */

// Small kana were often written full-size in older registers (キヨウコ for キョウコ), and ヂ/ヅ and
// ヰ/ヱ/ヲ are spelled ジ/ズ and イ/エ/オ just as often: one key for each pair.
const kanaVariants = 'ァィゥェォッャュョヮヵヶヂヅヰヱヲ';
const kanaFoldedTo = 'アイウエオツヤユヨワカケジズイエオ';

/** Hiragana as katakana, and the kana variants above folded to one. Expects NFKC text. */
function foldKana(text: string): string {
  return text
    .replace(/[\u3041-\u3096\u309D\u309E]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
    .replace(
      /[ァィゥェォッャュョヮヵヶヂヅヰヱヲ]/gu,
      (ch) => kanaFoldedTo[kanaVariants.indexOf(ch)] ?? ch,
    );
}

/**
 * 氏名 (and other names) for matching: NFKC (full-width/half-width unified), kanji variants
 * folded (髙橋 and 高橋 are one key), kana in either script and its variants folded, no spaces of
 * any width. So 「髙橋﨑子」 is found by 「高橋」 and matches 「高橋崎子」 in the duplicate check.
 */
export function nameKey(name: string): string {
  return foldKana(foldKanjiVariants(name.normalize('NFKC'))).replace(/\s+/gu, '');
}

/**
 * ふりがな for matching: NFKC (half-width katakana become full-width), hiragana folded to
 * katakana, small kana to full-size, ヂ/ヅ to ジ/ズ, spaces removed. So ﾔﾏﾀﾞ, やまだ and ヤマダ are
 * one key, and so are きょうこ and キヨウコ.
 */
export function kanaKey(kana: string): string {
  return foldKana(kana.normalize('NFKC')).replace(/\s+/gu, '');
}

/** A phone number's digits only, so 0123-45-6789, ０１２３４５６７８９ and (0123)45-6789 match. */
export function phoneKey(phone: string): string {
  return phone.normalize('NFKC').replace(/\D/gu, '');
}

/** Free text for search: NFKC and lower case, spaces folded (trigram matching is literal). */
export function searchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
