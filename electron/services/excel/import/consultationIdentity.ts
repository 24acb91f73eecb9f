import type { NamedCase } from '../../../../db/repositories/consultationImportQueries';

/** 主訴 as compared: NFKC, every space and line break removed (re-typing or re-wrapping a cell does not make it new). */
export function complaintKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

type Identity = { receivedOn: string; nameKey: string };

/**
 * The consultations already in Kasane, by day and name, which makes importing the same file
 * twice add nothing. A consultation is identified by its 受付日, its 主訴 and its 本人's name key
 * — and, when the row gives a 生年月日, that 生年月日 too. So it is recognised whether it was
 * imported before, repeated in the same file, or typed in by hand; two consultations of one
 * person on one day are told apart by what they were about.
 */
export function knownConsultations(existing: readonly NamedCase[]) {
  const byDay = new Map<string, NamedCase[]>();
  const dayKey = (row: Identity) => `${row.receivedOn}\u0000${row.nameKey}`;
  const add = (row: NamedCase) => {
    const same = byDay.get(dayKey(row));
    if (same) same.push(row);
    else byDay.set(dayKey(row), [row]);
  };
  existing.forEach(add);
  return {
    /** Whether this row is one of them. */
    has: (row: Identity & { chiefComplaint: string; birthDate: string | null }): boolean => {
      const complaint = complaintKey(row.chiefComplaint);
      return (byDay.get(dayKey(row)) ?? []).some(
        (known) =>
          complaintKey(known.chiefComplaint) === complaint &&
          (row.birthDate === null || known.birthDate === row.birthDate),
      );
    },
    /** Counts a consultation just written, so a repeat later in the file is recognised. */
    add,
  };
}
