import { eraEnd, findEra, type Era } from './japaneseEras';

/** What a typed date means: an ISO date, or why it is not one. */
export type ParsedDate =
  | { ok: true; iso: string }
  | { ok: false; reason: 'empty' | 'format' | 'impossible' }
  | { ok: false; reason: 'outsideEra'; era: string; from: string; to: string | null };

// Every dash-like character people type between numbers.
const dashes = /[ー―‐−–—ｰ－]/gu;

function normalize(text: string): string {
  return text.normalize('NFKC').replace(dashes, '-').replace(/\s+/gu, '');
}

// 和暦: 昭和45年3月2日, S45.3.2, s45/3/2, 昭45-3-2, 令和元年5月1日, S450302.
const warekiPattern =
  /^(明治|大正|昭和|平成|令和|[明大昭平令]|[MTSHRmtshr])(元|\d{1,2})(?:年(\d{1,2})月(\d{1,2})日?|[./-](\d{1,2})[./-](\d{1,2})|(\d{2})(\d{2}))$/u;
// 西暦: 1970-03-02, 1970/3/2, 1970.3.2, 1970年3月2日, 19700302.
const seirekiPattern =
  /^(\d{4})(?:年(\d{1,2})月(\d{1,2})日?|[./-](\d{1,2})[./-](\d{1,2})|(\d{2})(\d{2}))$/u;

function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function firstNumber(...parts: Array<string | undefined>): number {
  return Number(parts.find((part) => part !== undefined));
}

function fromWareki(era: Era, eraYear: number, month: number, day: number): ParsedDate {
  const iso = isoOf(era.firstYear + eraYear - 1, month, day);
  if (iso === null || eraYear < 1) return { ok: false, reason: 'impossible' };
  const to = eraEnd(era);
  if (iso < era.start || (to !== null && iso > to)) {
    return { ok: false, reason: 'outsideEra', era: era.name, from: era.start, to };
  }
  return { ok: true, iso };
}

/**
 * Reads a date as staff type it, in 和暦 or 西暦, with full-width digits and any dash:
 * 「昭和45年3月2日」「S45.3.2」「令和元年5月1日」「1970-03-02」「1970/3/2」「１９７０年３月２日」.
 * A 和暦 date must lie inside its era (平成31年4月30日 is, 平成31年5月1日 is not).
 */
export function parseJapaneseDate(text: string): ParsedDate {
  const input = normalize(text);
  if (input === '') return { ok: false, reason: 'empty' };

  const wareki = warekiPattern.exec(input);
  if (wareki) {
    const [, eraLabel = '', yearText = '', ...rest] = wareki;
    const era = findEra(eraLabel);
    if (!era) return { ok: false, reason: 'format' };
    const eraYear = yearText === '元' ? 1 : Number(yearText);
    const month = firstNumber(rest[0], rest[2], rest[4]);
    const day = firstNumber(rest[1], rest[3], rest[5]);
    return fromWareki(era, eraYear, month, day);
  }

  const seireki = seirekiPattern.exec(input);
  if (seireki) {
    const [, yearText = '', ...rest] = seireki;
    const month = firstNumber(rest[0], rest[2], rest[4]);
    const day = firstNumber(rest[1], rest[3], rest[5]);
    const iso = isoOf(Number(yearText), month, day);
    return iso === null ? { ok: false, reason: 'impossible' } : { ok: true, iso };
  }
  return { ok: false, reason: 'format' };
}
