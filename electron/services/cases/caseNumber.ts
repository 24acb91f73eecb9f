/** 年度 of an ISO date: April to March, so 2027-03-31 is 2026年度 and 2027-04-01 is 2027年度. */
export function fiscalYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/** The case number: the 令和 year of the 年度 (2019年度 = R1) and a 4-digit sequence, e.g. R8-0001. */
export function formatCaseNumber(fiscalYear: number, seq: number): string {
  return `R${fiscalYear - 2018}-${String(seq).padStart(4, '0')}`;
}
