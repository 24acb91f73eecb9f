import { and, eq, type SQL } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { household, type HouseholdRow } from '../schema';
import { createdColumns, updatedColumns, type Stamp, type StampColumn } from './stamp';

export type HouseholdValues = Omit<typeof household.$inferInsert, 'id' | StampColumn>;

export function insertHousehold(tx: WriteTx, values: HouseholdValues, stamp: Stamp): HouseholdRow {
  return tx
    .insert(household)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
}

export function updateHousehold(
  tx: WriteTx,
  id: number,
  values: HouseholdValues,
  stamp: Stamp,
): void {
  tx.update(household)
    .set({ ...values, ...updatedColumns(stamp) })
    .where(eq(household.id, id))
    .run();
}

/** The household, if it exists and passes `condition` (a visibility rule the caller supplies). */
export function findHouseholdById(
  db: ReadDb,
  id: number,
  condition?: SQL,
): HouseholdRow | undefined {
  return db
    .select()
    .from(household)
    .where(and(eq(household.id, id), condition))
    .get();
}
