import { ja } from '../../i18n/ja';
import { warekiYear } from './japaneseEras';
import { parseJapaneseDate, type ParsedDate } from './parseJapaneseDate';
import { japanDateOf } from '../../../../electron/contract/japaneseDate/japanTime';

/** Today's date in Japan as `YYYY-MM-DD`. */
export function todayInJapan(now: Date = new Date()): string {
  return japanDateOf(now);
}

/** 満年齢 on `today`; null when the birth date is after it. */
export function ageOn(birthDate: string, today: string): number | null {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  const age = today.slice(5) < birthDate.slice(5) ? years - 1 : years;
  return age < 0 ? null : age;
}

/**
 * 和暦 first, the 西暦 year as the hint: 昭和45年3月2日（1970年）, and with `today` the age:
 * 昭和45年3月2日（1970年）・56歳. Before 明治 (no era) the 西暦 date alone.
 */
export function describeDate(iso: string, today?: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const era = warekiYear(iso);
  const both = era ? `${era}${m}月${d}日（${y}年）` : `${y}年${m}月${d}日`;
  if (today === undefined) return both;
  const age = ageOn(iso, today);
  return age === null ? both : `${both}・${age}歳`;
}

export type DateRules = {
  required?: boolean;
  /** Refuse dates after today (受付日, 生年月日). */
  notAfter?: string;
};

function parseMessage(parsed: Exclude<ParsedDate, { ok: true }>): string {
  switch (parsed.reason) {
    case 'empty':
      return ja.dateInput.required;
    case 'format':
      return ja.dateInput.format;
    case 'impossible':
      return ja.dateInput.impossible;
    case 'outsideEra':
      return ja.dateInput.outsideEra(
        parsed.era,
        describeDate(parsed.from),
        parsed.to && describeDate(parsed.to),
      );
  }
}

/** The Japanese field error for a typed date, or null when it is acceptable. */
export function dateTextError(text: string, rules: DateRules = {}): string | null {
  const parsed = parseJapaneseDate(text);
  if (!parsed.ok) {
    if (parsed.reason === 'empty' && !rules.required) return null;
    return parseMessage(parsed);
  }
  if (parsed.iso < '1900-01-01' || parsed.iso > '2100-12-31') return ja.dateInput.outOfRange;
  if (rules.notAfter !== undefined && parsed.iso > rules.notAfter) return ja.dateInput.future;
  return null;
}

/** The ISO date a typed text means, or null when empty or not a date. */
export function isoFromText(text: string): string | null {
  const parsed = parseJapaneseDate(text);
  return parsed.ok ? parsed.iso : null;
}

/**
 * How an ISO date is put back into a field: in 和暦 as people read it (令和8年12月8日), which the
 * field reads back as the same date; the 西暦 shows underneath as the hint.
 */
export function textFromIso(iso: string | null): string {
  if (iso === null || iso === '') return '';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const era = warekiYear(iso);
  return era ? `${era}${m}月${d}日` : `${y}/${m}/${d}`;
}
