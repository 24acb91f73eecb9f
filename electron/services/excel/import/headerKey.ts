// Notes people add to a heading that do not change what the column is: （必須）, ※, ＊ …
const marks = /[※*＊●◎◆■★☆]/gu;
const notes =
  /[(（[【［〔][^)）\]】］〕]*(?:必須|任意|西暦|和暦|半角|全角|複数|区切|記入|例|○|×)[^)）\]】］〕]*[)）\]】］〕]/gu;

/**
 * A heading as it is compared: NFKC (so full-width and half-width are one), every space removed
 * (including the full-width one), marks and bracketed notes like （必須） dropped, Latin lower-cased.
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(marks, '')
    .replace(notes, '')
    .toLowerCase();
}
