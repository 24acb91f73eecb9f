import type { ReadDb } from '../../../../db/database';
import { maxCaseSeq } from '../../../../db/repositories/supportCaseRepository';
import { fiscalYearOf, formatCaseNumber } from '../../cases/caseNumber';

export type CaseNumber = { fiscalYear: number; seq: number; caseNumber: string };

/**
 * Hands out case numbers for many cases in one transaction: the next in each 年度 after the
 * highest already used, read once per 年度 (inside the write transaction, so nobody else takes it).
 */
export function caseNumbering(db: ReadDb): (receivedOn: string) => CaseNumber {
  const last = new Map<number, number>();
  return (receivedOn) => {
    const fiscalYear = fiscalYearOf(receivedOn);
    const seq = (last.get(fiscalYear) ?? maxCaseSeq(db, fiscalYear)) + 1;
    last.set(fiscalYear, seq);
    return { fiscalYear, seq, caseNumber: formatCaseNumber(fiscalYear, seq) };
  };
}
