import { parsedError, parsedOk, type Parsed } from './parsedValue';
import { cellText, type RawCell } from './rawSheet';

const open = new Set([
  'なし',
  '無',
  '制限なし',
  '定員なし',
  '-',
  '－',
  '―',
  'なし(自由参加)',
  '自由',
]);
// 10, 10名, 10人, 約10名, 10名程度.
const countText = /^(?:約)?(\d{1,5})(?:名|人)?(?:程度|まで|位|くらい)?$/u;

/** 定員: a whole number (10, 10名, 約10人); blank or なし means open-ended (null). */
export function parseCapacity(cell: RawCell | undefined): Parsed<number | null> {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 0 && cell <= 10000
      ? parsedOk(cell)
      : parsedError(`定員は0から10000までの整数にしてください（${cell}）`);
  }
  const written = cellText(cell);
  const text = written.normalize('NFKC').replace(/\s+/gu, '');
  if (text === '' || open.has(text)) return parsedOk(null);
  const match = countText.exec(text);
  const count = match ? Number(match[1]) : NaN;
  return Number.isInteger(count) && count <= 10000
    ? parsedOk(count)
    : parsedError(`定員は人数（例: 10、10名）で書いてください（${written}）`);
}
