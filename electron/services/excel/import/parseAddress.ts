import { parseLine } from './parseText';
import type { Parsed } from './parsedValue';
import type { RawCell } from './rawSheet';

// 〒123-4567, 123-4567 or 1234567 at the start, before the address proper.
const postalPrefix = /^〒?\s*([0-9０-９]{3})[-－ー‐−]?([0-9０-９]{4})(?=\s|$|[^0-9０-９])\s*/u;

/** 住所 as written; a postal code in front of it is taken out into its own field. */
export function parseAddress(
  cell: RawCell | undefined,
): Parsed<{ postalCode: string; address: string }> {
  const line = parseLine(cell, '住所', 200);
  if (!line.ok) return line;
  const match = postalPrefix.exec(line.value);
  if (!match) return { ok: true, value: { postalCode: '', address: line.value } };
  const postalCode = `${match[1] ?? ''}-${match[2] ?? ''}`.normalize('NFKC');
  return { ok: true, value: { postalCode, address: line.value.slice(match[0].length).trim() } };
}
