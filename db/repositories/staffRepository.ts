import { and, count, eq } from 'drizzle-orm';
import type { Role } from '../../electron/contract/roles';
import type { ReadDb, WriteTx } from '../database';
import { staff, type StaffRow } from '../schema';
import { updatedColumns, type Stamp } from './stamp';

export function findStaffById(db: ReadDb, id: number): StaffRow | undefined {
  return db.select().from(staff).where(eq(staff.id, id)).get();
}

export function findStaffByLogin(db: ReadDb, login: string): StaffRow | undefined {
  return db.select().from(staff).where(eq(staff.login, login)).get();
}

export type NewStaff = {
  login: string;
  displayName: string;
  affiliation?: string;
  role: Role;
  at: string;
  by: number | null;
};

export function insertStaff(tx: WriteTx, row: NewStaff): StaffRow {
  return tx
    .insert(staff)
    .values({
      login: row.login,
      displayName: row.displayName,
      affiliation: row.affiliation ?? '',
      role: row.role,
      active: true,
      createdAt: row.at,
      updatedAt: row.at,
      createdBy: row.by,
      updatedBy: row.by,
    })
    .returning()
    .get();
}

/** What a 管理者 may change on an account (the login name stays: key slots name it). */
export type StaffChanges = Partial<
  Pick<StaffRow, 'displayName' | 'affiliation' | 'role' | 'active'>
>;

export function updateStaffRow(
  tx: WriteTx,
  id: number,
  changes: StaffChanges,
  stamp: Stamp,
): StaffRow {
  // Callers found the row inside the same transaction, so it is there to return.
  return tx
    .update(staff)
    .set({ ...changes, ...updatedColumns(stamp) })
    .where(eq(staff.id, id))
    .returning()
    .get();
}

/** How many active 管理者 accounts there are (the last one may not be disabled or demoted). */
export function countActiveAdmins(db: ReadDb): number {
  return (
    db
      .select({ n: count() })
      .from(staff)
      .where(and(eq(staff.role, 'admin'), eq(staff.active, true)))
      .get()?.n ?? 0
  );
}
