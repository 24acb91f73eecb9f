import { withTransaction } from '../../../db/database';
import { updateStaffRow } from '../../../db/repositories/staffRepository';
import { AppError } from '../../contract/errors';
import type { StaffAccount } from '../../contract/schemas/staff';
import { appendAudit } from '../audit/appendAudit';
import type { KeyHolder } from './keyHolder';
import { editKeySlotFile, withoutPasswordSlots, withPasswordSlot } from './keySlotEdits';
import { readKeySlotFile } from './keySlotFile';
import { LoginGuard } from './loginGuard';
import { requireStrongPassword } from './passwordPolicy';
import { requireAnotherActiveAdmin } from './lastAdminGuard';
import { refuseSelf, requireStaff } from './staffAccountErrors';
import { toStaffAccount } from './staffAccountView';

/**
 * Disables an account: the row stays (records and the audit keep the name) but its key slot is
 * removed, so no password opens the database for it any more. Not oneself, not the last 管理者.
 */
export function disableStaffAccount(holder: KeyHolder, id: number): StaffAccount {
  const { db, actor, clock, paths } = holder;
  return withTransaction(db, (tx) => {
    const before = requireStaff(tx, id);
    refuseSelf(actor.staffId, id, '自分のアカウントは無効にできません。');
    if (!before.active) throw new AppError('CONFLICT', 'このアカウントはすでに無効です。');
    requireAnotherActiveAdmin(tx, before);
    const at = clock.now();
    const row = updateStaffRow(
      tx,
      id,
      { active: false },
      { at: at.toISOString(), by: actor.staffId },
    );
    appendAudit(tx, { at, actor, action: 'staff.disable', target: { type: 'staff', id } });
    editKeySlotFile(paths.keySlots, (file) => withoutPasswordSlots(file, id));
    return toStaffAccount(row, readKeySlotFile(paths.keySlots), null);
  });
}

/** Enables a disabled account again; it gets a new key slot for the password given. */
export function enableStaffAccount(holder: KeyHolder, id: number, password: string): StaffAccount {
  const { db, actor, clock, paths, dataKey } = holder;
  return withTransaction(db, (tx) => {
    const before = requireStaff(tx, id);
    if (before.active) throw new AppError('CONFLICT', 'このアカウントはすでに有効です。');
    requireStrongPassword(password, { login: before.login, displayName: before.displayName });
    const at = clock.now();
    const row = updateStaffRow(
      tx,
      id,
      { active: true },
      { at: at.toISOString(), by: actor.staffId },
    );
    appendAudit(tx, { at, actor, action: 'staff.enable', target: { type: 'staff', id } });
    editKeySlotFile(paths.keySlots, (file) =>
      withPasswordSlot(file, dataKey, { staffId: id, login: row.login }, password, clock),
    );
    new LoginGuard(paths.loginAttempts, clock).clear(row.login);
    return toStaffAccount(row, readKeySlotFile(paths.keySlots), null);
  });
}
