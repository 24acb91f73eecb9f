import type { Readable } from 'node:stream';
import type { RawCell } from '../rawSheet';
import { tooLarge, unreadablePart } from './importLimits';

/** A merged range, 1-based and inclusive; its value is in its top-left cell. */
type Range = { top: number; left: number; bottom: number; right: number; value: RawCell };

// Ledgers merge a title and some dates; Excel itself slows down long before this many.
const maxRanges = 10_000;
const mergeCell =
  /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([A-Z]+)(\d+):([A-Z]+)(\d+)["']/gu;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The merged ranges of a sheet. They follow the rows in the sheet's XML, so the part is inflated
 * once before the rows are read and scanned for them as plain text (no XML parsing: fast, and
 * only the ranges are kept).
 */
export async function scanMergedRanges(stream: Readable, part: string): Promise<Range[]> {
  const ranges: Range[] = [];
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  try {
    for await (const chunk of stream) {
      const text = carry + decoder.decode(chunk as Buffer, { stream: true });
      const cut = text.lastIndexOf('<');
      const whole = cut === -1 ? text : text.slice(0, cut);
      // An element cut by the chunk's end is read with the next chunk; a mergeCell is short.
      carry = cut === -1 || text.length - cut > 4096 ? '' : text.slice(cut);
      for (const m of whole.matchAll(mergeCell)) {
        const [top, bottom] = [Number(m[2]), Number(m[4])];
        const [left, right] = [columnNumber(m[1] ?? ''), columnNumber(m[3] ?? '')];
        if (top === bottom && left === right) continue;
        if (ranges.length >= maxRanges) throw tooLarge('結合したセル範囲の数', '1万');
        ranges.push({ top, left, bottom, right, value: null });
      }
    }
  } catch (error) {
    throw unreadablePart(error, part);
  } finally {
    stream.destroy();
  }
  return ranges.sort((a, b) => a.top - b.top);
}

/**
 * Applies merged ranges to rows read in order, as Excel shows them: down the rows the top-left
 * value is repeated in its own column (a 受付日 merged over several lines), and the other
 * columns of a range are empty (a title or a heading spanning columns belongs to its first).
 */
export function mergeApplier(ranges: Range[]): (rowNumber: number, cells: RawCell[]) => void {
  let next = 0;
  let active: Range[] = [];
  return (rowNumber, cells) => {
    while (next < ranges.length && (ranges[next] as Range).top <= rowNumber) {
      active.push(ranges[next] as Range);
      next += 1;
    }
    if (active.length === 0) return;
    active = active.filter((range) => range.bottom >= rowNumber);
    for (const range of active) {
      if (range.top === rowNumber) range.value = cells[range.left - 1] ?? null;
      if (range.top !== rowNumber) cells[range.left - 1] = range.value;
      // Cells past the row's last one are blank already; a range may span the whole sheet.
      const last = Math.min(range.right, cells.length);
      for (let col = range.left + 1; col <= last; col++) cells[col - 1] = null;
    }
  };
}
