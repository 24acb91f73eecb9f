import { warekiYear } from '../../../../electron/contract/japaneseDate/japaneseEras';

/** The 年度 (April to March) an ISO date falls in, as the 西暦 year it starts: 2027-02-01 → 2026. */
export function fiscalYearOf(iso: string): number {
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
}

/** The first and last day of a 年度, both included. */
export function fiscalYearRange(fiscalYear: number): { from: string; to: string } {
  return { from: `${fiscalYear}-04-01`, to: `${fiscalYear + 1}-03-31` };
}

/** A 年度 as offices name it: 令和8年度 (令和元年度 for 2019). */
export function fiscalYearLabel(fiscalYear: number): string {
  // An era that begins during the 年度 names it (2019年度 is 令和元年度, though April was 平成).
  return `${warekiYear(`${fiscalYear}-12-31`)}度`;
}
