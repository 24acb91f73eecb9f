import { japanDateOf } from '../../contract/japaneseDate/japanTime';
import type { Clock } from '../clock';

/** Today's date in Japan as `YYYY-MM-DD`: 受付日, 終結日 and ages are Japanese calendar dates. */
export function todayInJapan(clock: Clock): string {
  return japanDateOf(clock.now());
}

/**
 * 満年齢 on `today` (both ISO dates): one year more from the birthday on, so a 2月29日 birthday
 * counts from 3月1日 in other years. Null when the birth date is unknown or after `today`.
 */
export function ageOn(birthDate: string | null, today: string): number | null {
  if (birthDate === null) return null;
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  const age = today.slice(5) < birthDate.slice(5) ? years - 1 : years;
  return age < 0 ? null : age;
}
