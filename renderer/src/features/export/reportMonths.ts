import { calendarMonth, japanMonthOf } from '../../../../electron/contract/japaneseDate/japanTime';

/** The month (`YYYY-MM`) it is now in Japan. */
export function currentMonthInJapan(now: Date): string {
  return japanMonthOf(now);
}

/** The month before the current one in Japan: the report usually wanted. */
export function previousMonthInJapan(now: Date): string {
  const [y, m] = currentMonthInJapan(now).split('-').map(Number) as [number, number];
  return calendarMonth(y, m - 1);
}

/** The years offered, newest first: this year and the nine before it. */
export function reportYears(now: Date): number[] {
  const year = Number(currentMonthInJapan(now).slice(0, 4));
  return Array.from({ length: 10 }, (_, i) => year - i);
}

/** `YYYY-MM` of a year and a month. */
export function monthOf(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** April 1 of the month's 年度 as `YYYY-MM`: where the 年度累計 starts. */
export function fiscalYearStart(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return monthOf(m >= 4 ? y : y - 1, 4);
}

const warekiYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const warekiMonthFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/** A year in 和暦, as of its last day (so 2019 is 令和元年, the era of most of the year). */
export function warekiOfYear(year: number): string {
  return warekiYear.format(new Date(Date.UTC(year, 11, 31)));
}

/** `YYYY-MM` in 和暦: 令和7年10月. */
export function warekiOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return warekiMonthFormat.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** 令和7年4月～10月, or across a new era's year 平成31年4月～令和元年5月 as written in full. */
export function fiscalYearSpan(month: string): string {
  const start = warekiOfMonth(fiscalYearStart(month));
  const end = warekiOfMonth(month);
  const startYear = start.replace(/\d+月$/u, '');
  return end.startsWith(startYear)
    ? `${start}～${end.slice(startYear.length)}`
    : `${start}～${end}`;
}
