/** 年度 of an ISO date: April to March, so 2027-03-31 is 2026年度 and 2027-04-01 is 2027年度. */
export function fiscalYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/**
 * The case number: the 令和 year of the 年度 (2019年度 = R1) and a 4-digit sequence, e.g. R8-0001.
 * Consultations imported from older ledgers take the era their 年度 began in (2018年度 = H30,
 * 1988年度 = S63), so no number ever reads R0 or R-3.
 */
export function formatCaseNumber(fiscalYear: number, seq: number): string {
  const era =
    fiscalYear >= 2019
      ? `R${fiscalYear - 2018}`
      : fiscalYear >= 1989
        ? `H${fiscalYear - 1988}`
        : `S${fiscalYear - 1925}`;
  return `${era}-${String(seq).padStart(4, '0')}`;
}
