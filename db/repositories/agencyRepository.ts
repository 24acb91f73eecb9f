import { asc, eq, inArray } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { agency, type AgencyRow } from '../schema';
import { createdColumns, updatedColumns, type Stamp, type StampColumn } from './stamp';

export type AgencyValues = Omit<typeof agency.$inferInsert, 'id' | StampColumn>;

export function insertAgency(tx: WriteTx, values: AgencyValues, stamp: Stamp): AgencyRow {
  return tx
    .insert(agency)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
}

export function updateAgency(tx: WriteTx, id: number, values: AgencyValues, stamp: Stamp): void {
  tx.update(agency)
    .set({ ...values, ...updatedColumns(stamp) })
    .where(eq(agency.id, id))
    .run();
}

export function findAgencyById(db: ReadDb, id: number): AgencyRow | undefined {
  return db.select().from(agency).where(eq(agency.id, id)).get();
}

/** Every agency, or only the active ones, by name (the service then groups them by kind). */
export function listAgencyRows(db: ReadDb, includeInactive: boolean): AgencyRow[] {
  return db
    .select()
    .from(agency)
    .where(includeInactive ? undefined : eq(agency.active, true))
    .orderBy(asc(agency.nameKey), asc(agency.id))
    .all();
}

/** Which of these ids are agencies. */
export function existingAgencyIds(db: ReadDb, ids: readonly number[]): Set<number> {
  if (ids.length === 0) return new Set();
  return new Set(
    db
      .select({ id: agency.id })
      .from(agency)
      .where(inArray(agency.id, [...ids]))
      .all()
      .map((r) => r.id),
  );
}
