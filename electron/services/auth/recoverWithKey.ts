import { withTransaction } from '../../../db/database';
import { openDatabase } from '../../../db/open';
import { findStaffByLogin } from '../../../db/repositories/staffRepository';
import { AppError } from '../../contract/errors';
import type { DataPaths } from '../app/dataPaths';
import { appendAudit } from '../audit/appendAudit';
import { clearPendingEvents, flushPendingEvents, recordPendingEvent } from '../audit/pendingAudit';
import type { Clock } from '../clock';
import { editKeySlotFile, withPasswordSlot } from './keySlotEdits';
import { readKeySlotFile } from './keySlotFile';
import { openRecoverySlot } from './keySlots';
import { LoginGuard, recoveryKeyLogin } from './loginGuard';
import { requireStrongPassword } from './passwordPolicy';

export type RecoveryRequest = {
  recoveryKey: string;
  /** The account that gets the new password (usually a 管理者 who forgot theirs). */
  login: string;
  newPassword: string;
  migrationsFolder?: string;
  channel: string;
  /** The client's address on the office server (throttled per address too), else null. */
  address?: string | null;
};

/**
 * 回復キーで復旧: the recovery key unwraps the data key from its own slot, the database opens,
 * and the account gets a new password slot — even when every password slot is gone. Whoever
 * holds the recovery key acts as 管理者 here. Tries are throttled like a login of their own and
 * audited; the recovery itself is audited in the same transaction as the new slot is written.
 * Returns the data key and the account, for the session to log in with.
 */
export function recoverWithKey(
  paths: DataPaths,
  clock: Clock,
  request: RecoveryRequest,
): { dataKey: Buffer; account: { staffId: number; login: string } } {
  const guard = new LoginGuard(paths.loginAttempts, clock);
  try {
    guard.check(recoveryKeyLogin, request.address ?? null);
  } catch (error) {
    notePendingFailure(paths, clock, 'recoveryThrottled');
    throw error;
  }
  const dataKey = openRecoverySlot(readKeySlotFile(paths.keySlots), request.recoveryKey);
  if (!dataKey) {
    guard.fail(recoveryKeyLogin, true, request.address ?? null);
    notePendingFailure(paths, clock, 'wrongRecoveryKey');
    throw new AppError(
      'WRONG_PASSWORD',
      '回復キーが違います。印刷した回復キーを確かめてください。',
      [{ path: 'recoveryKey', message: '回復キーが違います' }],
    );
  }
  guard.clear(recoveryKeyLogin);
  const opened = openDatabase({
    path: paths.database,
    key: dataKey,
    migrationsFolder: request.migrationsFolder,
  });
  try {
    const account = withTransaction(opened.db, (tx) => {
      const row = findStaffByLogin(tx, request.login);
      if (!row) {
        throw new AppError('NOT_FOUND', `ログイン名「${request.login}」の職員はいません。`, [
          { path: 'login', message: 'このログイン名の職員はいません' },
        ]);
      }
      if (!row.active) {
        throw new AppError(
          'CONFLICT',
          `「${row.displayName}」は無効のアカウントです。有効な管理者のログイン名を入力してください。`,
        );
      }
      requireStrongPassword(
        request.newPassword,
        { login: row.login, displayName: row.displayName },
        'newPassword',
      );
      flushPendingEvents(tx, paths.pendingAudit);
      appendAudit(tx, {
        at: clock.now(),
        actor: null,
        action: 'auth.recover',
        target: { type: 'staff', id: row.id },
        detail: { login: row.login, channel: request.channel },
      });
      const slotAccount = { staffId: row.id, login: row.login };
      editKeySlotFile(paths.keySlots, (file) =>
        withPasswordSlot(file, dataKey, slotAccount, request.newPassword, clock),
      );
      return slotAccount;
    });
    clearPendingEvents(paths.pendingAudit);
    guard.clear(account.login);
    return { dataKey, account };
  } catch (error) {
    dataKey.fill(0);
    throw error;
  } finally {
    opened.close();
  }
}

function notePendingFailure(paths: DataPaths, clock: Clock, reason: string): void {
  try {
    recordPendingEvent(paths.pendingAudit, {
      at: clock.now().toISOString(),
      action: 'auth.loginFailed',
      login: recoveryKeyLogin,
      reason,
    });
  } catch {
    // A folder that cannot be written is reported when the database is opened.
  }
}
