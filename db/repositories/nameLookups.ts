import { agency, staff } from '../schema';
import type { ReadDb } from '../database';
import { inIds } from '../inIds';

/** Staff display names by id (retired accounts included), for ids a record refers to. */
export function staffNamesByIds(db: ReadDb, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ id: staff.id, name: staff.displayName })
    .from(staff)
    .where(inIds(staff.id, ids))
    .all();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Agency names by id (inactive ones included). */
export function agencyNamesByIds(db: ReadDb, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ id: agency.id, name: agency.name })
    .from(agency)
    .where(inIds(agency.id, ids))
    .all();
  return new Map(rows.map((row) => [row.id, row.name]));
}
