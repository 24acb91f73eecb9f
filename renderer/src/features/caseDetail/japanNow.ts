import { japanDateOf, japanTimeOf } from '../../../../electron/contract/japaneseDate/japanTime';

/** The date and minute now in Japan: `{ date: 'YYYY-MM-DD', time: 'HH:mm' }`. */
export function japanNow(now: Date = new Date()): { date: string; time: string } {
  return { date: japanDateOf(now), time: japanTimeOf(now) };
}
