import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { fields as fieldCodes, type Field } from '../../electron/contract/caseCodes';
import type { ReadDb, WriteTx } from '../database';
import { inIds } from '../inIds';
import { agency, resource, resourceField, type ResourceRow } from '../schema';
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

/** The 相談分野 a resource serves, replaced as a whole. */
export function replaceResourceFields(
  tx: WriteTx,
  resourceId: number,
  fields: readonly Field[],
): void {
  tx.delete(resourceField).where(eq(resourceField.resourceId, resourceId)).run();
  if (fields.length === 0) return;
  tx.insert(resourceField)
    .values(fields.map((field) => ({ resourceId, field })))
    .run();
}

/** 相談分野 of each resource, in the code list's order. */
function fieldsOfResources(db: ReadDb, ids: readonly number[]): Map<number, Field[]> {
  const result = new Map<number, Field[]>();
  if (ids.length === 0) return result;
  const rows = db.select().from(resourceField).where(inIds(resourceField.resourceId, ids)).all();
  for (const row of rows) {
    result.set(row.resourceId, [...(result.get(row.resourceId) ?? []), row.field]);
  }
  const order = (field: Field) => fieldCodes.codes.indexOf(field);
  for (const list of result.values()) list.sort((a, b) => order(a) - order(b));
  return result;
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
  fields: Field[];
};

/** Resources passing `where` with the host agency's name and their active matches, by name. */
export function resourceRows(db: ReadDb, where: SQL | undefined): ResourceListRow[] {
  const rows = db
    .select({ resource, hostAgencyName: agency.name, activeMatches })
    .from(resource)
    .leftJoin(agency, eq(agency.id, resource.hostAgencyId))
    .where(where)
    .orderBy(asc(resource.nameKey), asc(resource.id))
    .all();
  const fields = fieldsOfResources(
    db,
    rows.map((row) => row.resource.id),
  );
  return rows.map((row) => ({
    ...row.resource,
    hostAgencyName: row.hostAgencyName,
    activeMatches: row.activeMatches,
    fields: fields.get(row.resource.id) ?? [],
  }));
}

/** The same line for one resource. */
export function resourceRowById(db: ReadDb, id: number): ResourceListRow | undefined {
  return resourceRows(db, eq(resource.id, id))[0];
}
