import type {
  ConsultationLookups,
  PersonMatch,
} from '../../../../db/repositories/consultationImportQueries';

/**
 * The person a ledger row is about, if Kasane already knows them: the same name key and
 * 生年月日, or else the same name key and phone number (when neither side's 生年月日 contradicts
 * it). People created earlier in the same import are found too: the lookups run inside its
 * transaction. Undefined when the row must become a new person.
 */
export function findSamePerson(
  lookups: ConsultationLookups,
  row: { nameKey: string; birthDate: string | null; phoneKey: string },
): PersonMatch | undefined {
  if (row.birthDate !== null) {
    const same = lookups.byNameAndBirth(row.nameKey, row.birthDate);
    if (same) return same;
  }
  if (row.phoneKey === '') return undefined;
  return lookups
    .byNameAndPhone(row.nameKey, row.phoneKey)
    .find(
      (candidate) =>
        row.birthDate === null ||
        candidate.birthDate === null ||
        candidate.birthDate === row.birthDate,
    );
}
