import { localDateOf, localTimeOf } from '../../contract/japaneseDate/japanTime';

const warekiFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

const weekdays = ['日', '月', '火', '水', '木', '金', '土'] as const;

function utcDate(iso: string): Date {
  const [y, m, d] = localDateOf(iso).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** An ISO date (`YYYY-MM-DD`) in 和暦 as printed: 令和8年11月27日 (元年 for the first year). */
export function warekiDate(iso: string): string {
  return warekiFormat.format(utcDate(iso));
}

/**
 * 和暦 in two parts, era and year (令和10年) and month and day (12月31日), so a narrow column can
 * break between them instead of running into the next column.
 */
export function warekiDateParts(iso: string): [string, string] {
  const text = warekiDate(iso);
  const cut = text.indexOf('年') + 1;
  return [text.slice(0, cut), text.slice(cut)];
}

/** The weekday of an ISO date as one character: 月, 火 … */
export function weekdayOf(iso: string): string {
  return weekdays[utcDate(iso).getUTCDay()] ?? '';
}

/** A local date-time (`YYYY-MM-DDTHH:mm`, Japan time) as 令和8年4月1日（水）14:30. */
export function warekiDateTime(localDateTime: string): string {
  const date = localDateOf(localDateTime);
  return `${warekiDate(date)}（${weekdayOf(date)}）${localTimeOf(localDateTime)}`;
}
