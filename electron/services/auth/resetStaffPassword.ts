import { withTransaction } from '../../../db/database';
import { AppError } from '../../contract/errors';
import type { StaffAccount } from '../../contract/schemas/staff';
import { appendAudit } from '../audit/appendAudit';
import type { KeyHolder } from './keyHolder';
import { editKeySlotFile, withPasswordSlot } from './keySlotEdits';
import { readKeySlotFile } from './keySlotFile';
import { LoginGuard } from './loginGuard';
import { requireStrongPassword } from './passwordPolicy';
import { refuseSelf, requireStaff } from './staffAccountErrors';
import { toStaffAccount } from './staffAccountView';

/**
 * A 管理者 sets a new password for someone who forgot theirs: a new key slot for the same data
 * key replaces the old one. One's own password goes through パスワード変更 (it asks the current
 * one), so a PC left unlocked cannot be used to take over the 管理者 account silently.
 * The account's login wait is lifted too.
 */
export function resetStaffPassword(holder: KeyHolder, id: number, password: string): StaffAccount {
  const { db, actor, clock, paths, dataKey } = holder;
  return withTransaction(db, (tx) => {
    const row = requireStaff(tx, id);
    refuseSelf(actor.staffId, id, 'ご自分のパスワードは「パスワード変更」から変更してください。');
    if (!row.active) {
      throw new AppError(
        'CONFLICT',
        '無効のアカウントです。有効にするときに新しいパスワードを設定してください。',
      );
    }
    requireStrongPassword(password, { login: row.login, displayName: row.displayName });
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'staff.resetPassword',
      target: { type: 'staff', id },
    });
    editKeySlotFile(paths.keySlots, (file) =>
      withPasswordSlot(file, dataKey, { staffId: id, login: row.login }, password, clock),
    );
    new LoginGuard(paths.loginAttempts, clock).clear(row.login);
    return toStaffAccount(row, readKeySlotFile(paths.keySlots), null);
  });
}
