import { withTransaction } from '../../../db/database';
import { findStaffByLogin, insertStaff } from '../../../db/repositories/staffRepository';
import { AppError } from '../../contract/errors';
import type { Role } from '../../contract/roles';
import type { StaffAccount } from '../../contract/schemas/staff';
import { appendAudit } from '../audit/appendAudit';
import type { KeyHolder } from './keyHolder';
import { editKeySlotFile, withPasswordSlot } from './keySlotEdits';
import { readKeySlotFile } from './keySlotFile';
import { requireStrongPassword } from './passwordPolicy';
import { toStaffAccount } from './staffAccountView';

export type NewStaffAccount = {
  login: string;
  displayName: string;
  affiliation?: string;
  role: Role;
  password: string;
};

/**
 * Adds a staff account: the staff row and, while the 管理者 holds the data key, a key slot for
 * the new password. The slot file is written inside the transaction, so a failed write leaves
 * no account; a crash after the write but before commit leaves only an orphan slot, which
 * opens nothing (its staff id does not exist).
 */
export function createStaffAccount(holder: KeyHolder, input: NewStaffAccount): StaffAccount {
  const { db, actor, clock, paths, dataKey } = holder;
  if (actor.role !== 'admin') throw new AppError('FORBIDDEN', '職員の登録は管理者だけが行えます。');
  requireStrongPassword(input.password, { login: input.login, displayName: input.displayName });
  return withTransaction(db, (tx) => {
    if (findStaffByLogin(tx, input.login)) {
      throw new AppError('CONFLICT', `ログイン名「${input.login}」はすでに使われています。`, [
        { path: 'login', message: 'このログイン名はすでに使われています' },
      ]);
    }
    const at = clock.now();
    const row = insertStaff(tx, {
      login: input.login,
      displayName: input.displayName,
      affiliation: input.affiliation ?? '',
      role: input.role,
      at: at.toISOString(),
      by: actor.staffId,
    });
    appendAudit(tx, {
      at,
      actor,
      action: 'staff.create',
      target: { type: 'staff', id: row.id },
      detail: { role: row.role },
    });
    const account = { staffId: row.id, login: row.login };
    editKeySlotFile(paths.keySlots, (file) =>
      withPasswordSlot(file, dataKey, account, input.password, clock),
    );
    return toStaffAccount(row, readKeySlotFile(paths.keySlots), null);
  });
}
