import { parseLine } from './parseText';
import type { Parsed } from './parsedValue';
import type { RawCell } from './rawSheet';

/**
 * 電話番号 as written. A number cell has lost its leading 0 (Excel drops it), and every Japanese
 * number starts with one, so it is put back: 312345678 → 0312345678.
 */
export function parsePhone(cell: RawCell | undefined): Parsed<string> {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0) {
    return { ok: true, value: `0${cell}` };
  }
  return parseLine(cell, '電話番号', 50);
}
