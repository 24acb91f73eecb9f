import type { StaffRow } from '../../../db/schema';
import type { StaffAccount } from '../../contract/schemas/staff';
import type { KeySlotFile } from './keySlotFile';

/** A staff row as the 管理 screen shows it, with its key-slot and login-protection state. */
export function toStaffAccount(
  row: StaffRow,
  file: KeySlotFile,
  waitUntil: string | null,
): StaffAccount {
  return {
    id: row.id,
    login: row.login,
    displayName: row.displayName,
    affiliation: row.affiliation,
    role: row.role,
    active: row.active,
    hasPassword: file.slots.some((s) => s.kind === 'password' && s.staffId === row.id),
    waitUntil,
    createdAt: row.createdAt,
  };
}
