import { eq } from 'drizzle-orm';
import type { Role } from '../../electron/contract/roles';
import type { ReadDb, WriteTx } from '../database';
import { staff, type StaffRow } from '../schema';

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
