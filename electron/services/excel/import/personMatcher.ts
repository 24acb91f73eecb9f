import type { PersonCandidate } from '../../../../db/repositories/consultationImportQueries';

type Wanted = { nameKey: string; birthDate: string | null; phoneKey: string };

/**
 * The people already known under the names of an import, and the rule for which of them a ledger
 * row is about: the same name key and 生年月日, or else the same name key and phone number (when
 * neither side's 生年月日 contradicts it). People created earlier in the same import are added,
 * so a person on several lines becomes one person.
 */
export function personMatcher(known: readonly PersonCandidate[]) {
  const byName = new Map<string, PersonCandidate[]>();
  const add = (candidate: PersonCandidate) => {
    const named = byName.get(candidate.nameKey);
    if (named) named.push(candidate);
    else byName.set(candidate.nameKey, [candidate]);
  };
  known.forEach(add);
  return {
    /** The person the row is about, oldest first; undefined when the row must become a new person. */
    find: (row: Wanted): PersonCandidate | undefined => {
      const named = byName.get(row.nameKey) ?? [];
      const sameBirth =
        row.birthDate === null ? undefined : named.find((p) => p.birthDate === row.birthDate);
      if (sameBirth !== undefined || row.phoneKey === '') return sameBirth;
      return named.find(
        (p) =>
          p.phoneKey === row.phoneKey &&
          (row.birthDate === null || p.birthDate === null || p.birthDate === row.birthDate),
      );
    },
    add,
  };
}
