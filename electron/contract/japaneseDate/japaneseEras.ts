import { calendarDate } from './japanTime';

/** A Japanese era: its names and the first day (ISO) of its 元年. Newest first. */
export type Era = { name: string; letter: string; short: string; start: string; firstYear: number };

export const eras: readonly Era[] = [
  { name: '令和', letter: 'R', short: '令', start: '2019-05-01', firstYear: 2019 },
  { name: '平成', letter: 'H', short: '平', start: '1989-01-08', firstYear: 1989 },
  { name: '昭和', letter: 'S', short: '昭', start: '1926-12-25', firstYear: 1926 },
  { name: '大正', letter: 'T', short: '大', start: '1912-07-30', firstYear: 1912 },
  { name: '明治', letter: 'M', short: '明', start: '1868-01-25', firstYear: 1868 },
];

/** The era a name, one-letter (R/H/S/T/M, either case) or one-kanji abbreviation names. */
export function findEra(label: string): Era | undefined {
  const upper = label.toUpperCase();
  return eras.find((era) => era.name === label || era.letter === upper || era.short === label);
}

/** The era an ISO date falls in, or undefined before 明治. */
export function eraOf(iso: string): Era | undefined {
  return eras.find((era) => iso >= era.start);
}

/** The last day of an era (the day before the next one began), or null for the current era. */
export function eraEnd(era: Era): string | null {
  const index = eras.indexOf(era);
  const next = index > 0 ? eras[index - 1] : undefined;
  if (!next) return null;
  const [y, m, d] = next.start.split('-').map(Number) as [number, number, number];
  return calendarDate(y, m, d - 1);
}

/** 和暦 year of an ISO date: 昭和45年, 令和元年. */
export function warekiYear(iso: string): string {
  const era = eraOf(iso);
  if (!era) return '';
  const year = Number(iso.slice(0, 4)) - era.firstYear + 1;
  return `${era.name}${year === 1 ? '元' : year}年`;
}
