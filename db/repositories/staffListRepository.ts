import { asc, desc } from 'drizzle-orm';
import type { ReadDb } from '../database';
import { staff, type StaffRow } from '../schema';

/** Every staff account, active ones first, then by display name. */
export function listStaffRows(db: ReadDb): StaffRow[] {
  return db
    .select()
    .from(staff)
    .orderBy(desc(staff.active), asc(staff.displayName), asc(staff.id))
    .all();
}
