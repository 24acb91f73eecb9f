import { parsedError, parsedOk, type Parsed } from './parsedValue';
import { cellText, type RawCell } from './rawSheet';

/** Drops control characters no form field accepts; tabs and newlines stay (text may have lines). */
function dropControls(text: string): string {
  return text.replace(/\p{Cc}/gu, (ch) => ('\t\n\r'.includes(ch) ? ch : ''));
}

/** One line of text (氏名, 住所 …): line breaks become spaces, trimmed, at most `max` characters. */
export function parseLine(cell: RawCell | undefined, label: string, max: number): Parsed<string> {
  const line = cellText(cell).replace(/[\t\r\n]+/gu, ' ');
  const text = dropControls(line).trim();
  return text.length > max
    ? parsedError(`${label}は${max}文字以内にしてください（${text.length}文字）`)
    : parsedOk(text);
}

/** Text that may have several lines (主訴): kept as written, trimmed, at most `max` characters. */
export function parseMultiline(
  cell: RawCell | undefined,
  label: string,
  max: number,
): Parsed<string> {
  const text = dropControls(cellText(cell).replace(/\r\n?/gu, '\n')).trim();
  return text.length > max
    ? parsedError(`${label}は${max}文字以内にしてください（${text.length}文字）`)
    : parsedOk(text);
}
