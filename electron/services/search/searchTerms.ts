import { kanaKey, nameKey, phoneKey } from '../text/normalize';

/**
 * What one search box query can mean. The same text is tried as each of these; a field is null
 * when the query cannot be that kind of thing (a kana-only key for a name with kanji, …).
 */
export type SearchTerms = {
  /** For 氏名: NFKC, no spaces (as person.name_key is stored). */
  nameKey: string;
  /** For ふりがな, when the query is written only in kana: katakana, no spaces (person.kana_key). */
  kanaKey: string | null;
  /** For 電話: the digits, when the query is only digits and separators with at least 4 digits. */
  phoneDigits: string | null;
  /** For ケース番号: the number when complete (R8-1 → R8-0001) and the typed start (R8-1). */
  caseNumber: { exact: string | null; prefix: string } | null;
  /** Words of 3+ characters for the trigram index (主訴, notes), each with its spellings. */
  longWords: string[][];
  /** Shorter words: too short for trigrams, checked in the text of the long words' hits. */
  shortWords: string[];
};

/** Minimum length the trigram tokenizer can match (a 2-character query returns nothing). */
export const trigramMinLength = 3;

const kanaOnly = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u;
const phoneLike = /^[\d\s()+-]+$/u;
const caseNumberLike = /^([A-Z])(\d{1,2})(?:-(\d{0,5}))?$/u;
const dashes = /[‐‑‒–—―−ーｰ]/gu;

/** Length in code points, which is what the trigram tokenizer counts (𠮷 is one, not two). */
export function codePointLength(text: string): number {
  return Array.from(text).length;
}

/** Reads a (trimmed, non-empty) query the way the search box promises to. */
export function searchTerms(query: string): SearchTerms {
  const nfkc = query.normalize('NFKC');
  const name = nameKey(query);
  const digits = phoneKey(query);
  const words = query.split(/\s+/u).filter((word) => word !== '');
  const spellings = words.map((word) => [...new Set([word, word.normalize('NFKC')])]);
  return {
    nameKey: name,
    kanaKey: kanaOnly.test(nfkc) ? kanaKey(query) : null,
    phoneDigits: phoneLike.test(nfkc.replace(dashes, '-')) && digits.length >= 4 ? digits : null,
    caseNumber: caseNumberTerms(nfkc),
    longWords: spellings
      .map((forms) => forms.filter((form) => codePointLength(form) >= trigramMinLength))
      .filter((forms) => forms.length > 0),
    shortWords: spellings
      .filter((forms) => forms.every((form) => codePointLength(form) < trigramMinLength))
      .map((forms) => forms[forms.length - 1] ?? ''),
  };
}

/** R8-0001, r8-1, Ｒ８－１ and R8 all read as (the start of) a case number. */
function caseNumberTerms(nfkc: string): SearchTerms['caseNumber'] {
  const match = caseNumberLike.exec(nfkc.replace(/\s+/gu, '').replace(dashes, '-').toUpperCase());
  if (!match) return null;
  const [, era = '', year = '', seq] = match;
  const head = `${era}${year}-`;
  if (seq === undefined || seq === '') return { exact: null, prefix: head };
  return { exact: `${head}${seq.padStart(4, '0')}`, prefix: `${head}${seq}` };
}
