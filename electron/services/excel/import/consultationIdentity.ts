import type { SameDayCase } from '../../../../db/repositories/consultationImportQueries';

/** 主訴 as compared: NFKC, every space and line break removed (re-typing or re-wrapping a cell does not make it new). */
export function complaintKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * Whether a ledger row is already in Kasane, which makes importing the same file twice add
 * nothing. A consultation is identified by its 受付日, its 主訴 and its 本人's name key — and, when
 * the row gives a 生年月日, that 生年月日 too. So it is recognised whether it was imported before,
 * repeated in the same file, or typed in by hand; two consultations of one person on one day are
 * told apart by what they were about. `sameDay` are the cases of that day under that name key.
 */
export function isAlreadyImported(
  row: { chiefComplaint: string; birthDate: string | null },
  sameDay: readonly SameDayCase[],
): boolean {
  const key = complaintKey(row.chiefComplaint);
  return sameDay.some(
    (existing) =>
      complaintKey(existing.chiefComplaint) === key &&
      (row.birthDate === null || existing.birthDate === row.birthDate),
  );
}
