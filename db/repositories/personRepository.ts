import { and, asc, eq, or, type SQL } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { person, type PersonRow } from '../schema';
import { createdColumns, updatedColumns, type Stamp, type StampColumn } from './stamp';

/** A person's columns, matching keys included (the caller computes them). */
export type PersonValues = Omit<typeof person.$inferInsert, 'id' | 'householdId' | StampColumn>;

export function insertPerson(
  tx: WriteTx,
  householdId: number,
  values: PersonValues,
  stamp: Stamp,
): PersonRow {
  return tx
    .insert(person)
    .values({ ...values, householdId, ...createdColumns(stamp) })
    .returning()
    .get();
}

export function updatePerson(tx: WriteTx, id: number, values: PersonValues, stamp: Stamp): void {
  tx.update(person)
    .set({ ...values, ...updatedColumns(stamp) })
    .where(eq(person.id, id))
    .run();
}

export function findPersonById(db: ReadDb, id: number): PersonRow | undefined {
  return db.select().from(person).where(eq(person.id, id)).get();
}

/** Members of a household in the order they were registered. */
export function personsOfHousehold(db: ReadDb, householdId: number): PersonRow[] {
  return db
    .select()
    .from(person)
    .where(eq(person.householdId, householdId))
    .orderBy(asc(person.id))
    .all();
}

/**
 * Persons who may be the same as someone about to be registered: the same name key and, when
 * given, the same birth date (a null birth date matches any); or, with a birth date and a
 * reading, the same birth date and kana key. Only those passing `condition` (a visibility rule
 * the caller supplies).
 */
export function findSamePersonRows(
  db: ReadDb,
  keys: { nameKey: string; kanaKey: string; birthDate: string | null },
  condition?: SQL,
): PersonRow[] {
  const byName = and(
    eq(person.nameKey, keys.nameKey),
    keys.birthDate === null ? undefined : eq(person.birthDate, keys.birthDate),
  );
  const byReading =
    keys.birthDate === null || keys.kanaKey === ''
      ? undefined
      : and(eq(person.kanaKey, keys.kanaKey), eq(person.birthDate, keys.birthDate));
  return db
    .select()
    .from(person)
    .where(and(byReading ? or(byName, byReading) : byName, condition))
    .orderBy(asc(person.id))
    .all();
}
