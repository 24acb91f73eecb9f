import { localDateOf } from '../../../contract/japaneseDate/japanTime';

/**
 * 和暦 as an Excel number format that Excel and LibreOffice both render (令和7年10月1日); the
 * `ja-JP-x-gannen` form shows a raw number in LibreOffice (TOOLCHAIN trap 8).
 */
export const warekiDateFormat = '[$-411]ggge"年"m"月"d"日"';

/**
 * An ISO date as the Date exceljs writes as that calendar day: midnight UTC. A local-time Date
 * would shift a day under Asia/Tokyo.
 */
export function excelDate(isoDate: string): Date {
  const [y, m, d] = localDateOf(isoDate).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

const warekiMonthFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/** `YYYY-MM` in 和暦: 令和7年10月 (元年 for the first year). */
export function warekiMonth(month: string): string {
  return warekiMonthFormat.format(excelDate(`${month}-01`));
}
