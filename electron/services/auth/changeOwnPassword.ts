import { withTransaction } from '../../../db/database';
import { AppError } from '../../contract/errors';
import { appendAudit } from '../audit/appendAudit';
import type { KeyHolder } from './keyHolder';
import { editKeySlotFile, withPasswordSlot } from './keySlotEdits';
import { readKeySlotFile } from './keySlotFile';
import { LoginGuard } from './loginGuard';
import { openPasswordSlot } from './keySlots';
import { requireStrongPassword } from './passwordPolicy';

/**
 * Changes the acting user's own password. The current password must open their own slot (so a
 * PC left unlocked is not enough); then the same data key is wrapped with the new password and
 * the slot replaced. The database is not re-encrypted. A wrong current password is audited and
 * reported as WRONG_PASSWORD, and counts for login protection like one at the lock screen.
 */
export function changeOwnPassword(
  holder: KeyHolder,
  currentPassword: string,
  newPassword: string,
): void {
  const { db, actor, clock, paths, dataKey } = holder;
  const guard = new LoginGuard(paths.loginAttempts, clock);
  guard.check(actor.login);
  const opened = openPasswordSlot(readKeySlotFile(paths.keySlots), actor.login, currentPassword);
  const matches = opened !== null && opened.slot.staffId === actor.staffId;
  opened?.dataKey.fill(0);
  if (!matches) {
    guard.fail(actor.login, true);
    withTransaction(db, (tx) => {
      appendAudit(tx, { at: clock.now(), actor, action: 'auth.changePasswordFailed' });
    });
    throw new AppError('WRONG_PASSWORD', '現在のパスワードが違います。', [
      { path: 'currentPassword', message: '現在のパスワードが違います' },
    ]);
  }
  if (currentPassword.normalize('NFKC') === newPassword.normalize('NFKC')) {
    throw new AppError('VALIDATION', '新しいパスワードが現在のものと同じです。', [
      { path: 'newPassword', message: '現在と違うパスワードにしてください' },
    ]);
  }
  requireStrongPassword(
    newPassword,
    { login: actor.login, displayName: actor.displayName },
    'newPassword',
  );
  withTransaction(db, (tx) => {
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'auth.changePassword',
      target: { type: 'staff', id: actor.staffId },
    });
    editKeySlotFile(paths.keySlots, (file) =>
      withPasswordSlot(
        file,
        dataKey,
        { staffId: actor.staffId, login: actor.login },
        newPassword,
        clock,
      ),
    );
  });
}
