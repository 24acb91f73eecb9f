import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { ReadDb } from '../database';
import { person, supportCase } from '../schema';

/** A person an imported row may belong to. */
export type PersonMatch = { id: number; householdId: number; birthDate: string | null };

/** A case already there on a given day for a given name, to tell a re-imported row. */
export type SameDayCase = { chiefComplaint: string; birthDate: string | null };

/**
 * The lookups a consultation import makes per row, prepared once. `visiblePerson` is the
 * 閲覧制限 rule over `person.household_id` that the caller supplies (nothing hidden is matched).
 */
export function prepareConsultationLookups(db: ReadDb, visiblePerson: SQL) {
  const byNameAndBirth = db
    .select({ id: person.id, householdId: person.householdId, birthDate: person.birthDate })
    .from(person)
    .where(
      and(
        eq(person.nameKey, sql.placeholder('nameKey')),
        eq(person.birthDate, sql.placeholder('birthDate')),
        visiblePerson,
      ),
    )
    .orderBy(asc(person.id))
    .limit(1)
    .prepare();
  const byNameAndPhone = db
    .select({ id: person.id, householdId: person.householdId, birthDate: person.birthDate })
    .from(person)
    .where(
      and(
        eq(person.nameKey, sql.placeholder('nameKey')),
        eq(person.phoneKey, sql.placeholder('phoneKey')),
        ne(person.phoneKey, ''),
        visiblePerson,
      ),
    )
    .orderBy(asc(person.id))
    .prepare();
  const sameDayCases = db
    .select({ chiefComplaint: supportCase.chiefComplaint, birthDate: person.birthDate })
    .from(supportCase)
    .innerJoin(person, eq(person.id, supportCase.personId))
    .where(
      and(
        eq(supportCase.receivedOn, sql.placeholder('receivedOn')),
        eq(person.nameKey, sql.placeholder('nameKey')),
        visiblePerson,
      ),
    )
    .prepare();
  return {
    byNameAndBirth: (nameKey: string, birthDate: string): PersonMatch | undefined =>
      byNameAndBirth.get({ nameKey, birthDate }),
    byNameAndPhone: (nameKey: string, phoneKey: string): PersonMatch[] =>
      byNameAndPhone.all({ nameKey, phoneKey }),
    sameDayCases: (receivedOn: string, nameKey: string): SameDayCase[] =>
      sameDayCases.all({ receivedOn, nameKey }),
  };
}

export type ConsultationLookups = ReturnType<typeof prepareConsultationLookups>;
