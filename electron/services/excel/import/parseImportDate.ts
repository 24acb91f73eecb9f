import { utcCalendarDateOf } from '../../../contract/japaneseDate/japanTime';
import { parseJapaneseDate } from '../../../contract/japaneseDate/parseJapaneseDate';
import { excelSerialToIso } from './excelSerialDate';
import { cellText, type RawCell } from './rawSheet';

/** A date cell read: its ISO date, or why not (Japanese, quoting what was written). */
export type DateCell = { ok: true; iso: string } | { ok: false; message: string };

// 2025/4/1(火), 2025/4/1 10:30: the weekday and the time say nothing more about the date.
const weekday = /[(（][月火水木金土日](曜日?)?[)）]$/u;
const timeOfDay = /\s+\d{1,2}:\d{2}(:\d{2})?$/u;
const serialText = /^\d{1,5}(\.\d+)?$/u;
const compactWestern = /^(19|20|21)\d{6}$/u;

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

function inRange(iso: string, written: string): DateCell {
  return iso >= '1900-01-01' && iso <= '2100-12-31'
    ? { ok: true, iso }
    : { ok: false, message: `年が範囲外です（${written}）` };
}

function fromSerial(serial: number, date1904: boolean, written: string): DateCell {
  const iso = excelSerialToIso(serial, date1904);
  return iso === null
    ? { ok: false, message: `日付として読めません（${written}）` }
    : inRange(iso, written);
}

function fromText(text: string, date1904: boolean): DateCell {
  const written = text.trim();
  const cleaned = written
    .normalize('NFKC')
    .trim()
    .replace(weekday, '')
    .replace(timeOfDay, '')
    .trim();
  if (serialText.test(cleaned)) return fromSerial(Number(cleaned), date1904, written);
  const parsed = parseJapaneseDate(cleaned);
  if (parsed.ok) return inRange(parsed.iso, written);
  switch (parsed.reason) {
    case 'empty':
    case 'format':
      return { ok: false, message: `日付として読めません（${written}）` };
    case 'impossible':
      return { ok: false, message: `存在しない日付です（${written}）` };
    case 'outsideEra': {
      const until = parsed.to === null ? '' : `${longDate(parsed.to)}まで`;
      return {
        ok: false,
        message: `${parsed.era}は${longDate(parsed.from)}から${until}です（${written}）`,
      };
    }
  }
}

/**
 * A date as old ledgers hold it: a real Excel date, a serial number, or text in 西暦 or 和暦 in
 * any of the usual notations (2025/4/1, 2025-04-01, 2025年4月1日, 令和7年4月1日, 令和元年5月1日,
 * R7.4.1, R7/4/1, H31.4.30, S45.3.2, T/大正 …) with full-width digits anywhere. Null when blank.
 */
export function parseImportDate(cell: RawCell, date1904: boolean): DateCell | null {
  if (cell === null || cellText(cell).replace(/\s+/gu, '') === '') return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, message: '日付として読めません' };
    return inRange(utcCalendarDateOf(cell), cellText(cell));
  }
  if (typeof cell === 'number') {
    const written = String(cell);
    return compactWestern.test(written)
      ? fromText(written, date1904)
      : fromSerial(cell, date1904, written);
  }
  if (typeof cell === 'boolean')
    return { ok: false, message: `日付として読めません（${cellText(cell)}）` };
  return fromText(cell, date1904);
}
