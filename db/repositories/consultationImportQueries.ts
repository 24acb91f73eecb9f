import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { ReadDb } from '../database';
import { person, supportCase } from '../schema';

/** A person an imported row may belong to. */
export type PersonCandidate = {
  id: number;
  householdId: number;
  nameKey: string;
  birthDate: string | null;
  phoneKey: string;
};

/** A case of a person of one of the names, to tell a re-imported row. */
export type NamedCase = {
  receivedOn: string;
  nameKey: string;
  birthDate: string | null;
  chiefComplaint: string;
};

// SQLite allows 32766 bound values; the names go in chunks well below that.
const chunkSize = 500;

function inChunks<T>(keys: readonly string[], query: (chunk: string[]) => T[]): T[] {
  const unique = [...new Set(keys)];
  const rows: T[] = [];
  for (let i = 0; i < unique.length; i += chunkSize) {
    rows.push(...query(unique.slice(i, i + chunkSize)));
  }
  return rows;
}

/**
 * The persons bearing any of these name keys that pass `visible` (the 閲覧制限 rule over
 * `person.household_id` the caller supplies), oldest first: one query per 500 names instead of
 * one per imported row.
 */
export function personsNamed(
  db: ReadDb,
  nameKeys: readonly string[],
  visible: SQL,
): PersonCandidate[] {
  return inChunks(nameKeys, (chunk) =>
    db
      .select({
        id: person.id,
        householdId: person.householdId,
        nameKey: person.nameKey,
        birthDate: person.birthDate,
        phoneKey: person.phoneKey,
      })
      .from(person)
      .where(and(inArray(person.nameKey, chunk), visible))
      .orderBy(asc(person.id))
      .all(),
  );
}

/** The cases of visible persons bearing any of these name keys, with what identifies them. */
export function casesOfPersonsNamed(
  db: ReadDb,
  nameKeys: readonly string[],
  visible: SQL,
): NamedCase[] {
  return inChunks(nameKeys, (chunk) =>
    db
      .select({
        receivedOn: supportCase.receivedOn,
        nameKey: person.nameKey,
        birthDate: person.birthDate,
        chiefComplaint: supportCase.chiefComplaint,
      })
      .from(supportCase)
      .innerJoin(person, eq(person.id, supportCase.personId))
      .where(and(inArray(person.nameKey, chunk), visible))
      .all(),
  );
}
