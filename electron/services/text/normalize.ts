/**
 * Matching keys. What the user typed is always kept for display; these normalised copies are
 * what search and duplicate checks compare.
 */

/** 氏名 for matching: NFKC (full-width/half-width unified), no spaces of any width. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * ふりがな for matching: NFKC (half-width katakana become full-width), hiragana folded to
 * katakana, spaces removed. So ﾔﾏﾀﾞ, やまだ and ヤマダ are one key.
 */
export function kanaKey(kana: string): string {
  return nameKey(kana).replace(/[\u3041-\u3096\u309D\u309E]/gu, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) + 0x60),
  );
}

/** A phone number's digits only, so 0123-45-6789, ０１２３４５６７８９ and (0123)45-6789 match. */
export function phoneKey(phone: string): string {
  return phone.normalize('NFKC').replace(/\D/gu, '');
}

/** Free text for search: NFKC and lower case, spaces folded (trigram matching is literal). */
export function searchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
