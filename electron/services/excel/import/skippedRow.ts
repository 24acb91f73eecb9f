import { cellText, isBlankCell, type RawRow } from './rawSheet';

const totalWords = new Set(['合計', '計', '総計', '小計']);

/**
 * Rows an import passes over without a word: blank ones, and footer rows whose first filled cell
 * says 合計 or 計 (spaces inside, full-width ones too, do not matter).
 */
export function isSkippedRow(row: RawRow): boolean {
  const first = row.cells.find((cell) => !isBlankCell(cell));
  if (first === undefined) return true;
  return totalWords.has(cellText(first).normalize('NFKC').replace(/\s+/gu, ''));
}
