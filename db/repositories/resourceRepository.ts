import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { agency, resource, type ResourceRow } from '../schema';
import { createdColumns, updatedColumns, type Stamp, type StampColumn } from './stamp';

export type ResourceValues = Omit<typeof resource.$inferInsert, 'id' | StampColumn>;

export function insertResource(tx: WriteTx, values: ResourceValues, stamp: Stamp): ResourceRow {
  return tx
    .insert(resource)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
}

export function updateResource(
  tx: WriteTx,
  id: number,
  values: ResourceValues,
  stamp: Stamp,
): void {
  tx.update(resource)
    .set({ ...values, ...updatedColumns(stamp) })
    .where(eq(resource.id, id))
    .run();
}

export function findResourceById(db: ReadDb, id: number): ResourceRow | undefined {
  return db.select().from(resource).where(eq(resource.id, id)).get();
}

/** Matches now 参加中 or 定着 at the resource (its index on resource, status answers it). */
const activeMatches = sql<number>`(SELECT count(*) FROM participation_match m
  WHERE m.resource_id = resource.id AND m.status IN ('participating', 'settled'))`;

export type ResourceListRow = ResourceRow & {
  hostAgencyName: string | null;
  activeMatches: number;
};

/** Resources passing `where` with the host agency's name and their active matches, by name. */
export function resourceRows(db: ReadDb, where: SQL | undefined): ResourceListRow[] {
  return db
    .select({ resource, hostAgencyName: agency.name, activeMatches })
    .from(resource)
    .leftJoin(agency, eq(agency.id, resource.hostAgencyId))
    .where(where)
    .orderBy(asc(resource.nameKey), asc(resource.id))
    .all()
    .map((row) => ({
      ...row.resource,
      hostAgencyName: row.hostAgencyName,
      activeMatches: row.activeMatches,
    }));
}

/** The same line for one resource. */
export function resourceRowById(db: ReadDb, id: number): ResourceListRow | undefined {
  return resourceRows(db, eq(resource.id, id))[0];
}
