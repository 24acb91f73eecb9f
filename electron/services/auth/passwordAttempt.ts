import { AppError } from '../../contract/errors';
import type { DataPaths } from '../app/dataPaths';
import { recordPendingEvent } from '../audit/pendingAudit';
import type { Clock } from '../clock';
import { LoginGuard } from './loginGuard';
import { readKeySlotFile, type PasswordSlot } from './keySlotFile';
import { openPasswordSlot } from './keySlots';

/**
 * One password try at the login or lock screen (or the CLI), under login protection: refused
 * unheard while the login must wait; a wrong password counts and waits in pending-audit.jsonl
 * for the next unlock (the database is closed now); a right one clears the count.
 * `wrongMessage` differs by screen: at login it must not reveal whether the login exists.
 * `address` is the client's on the office server (throttled per address as well), else null.
 */
export function attemptPassword(
  paths: DataPaths,
  clock: Clock,
  login: string,
  password: string,
  wrongMessage: string,
  address: string | null = null,
): { slot: PasswordSlot; dataKey: Buffer } {
  const guard = new LoginGuard(paths.loginAttempts, clock);
  try {
    guard.check(login, address);
  } catch (error) {
    noteFailure(paths, clock, login, 'throttled');
    throw error;
  }
  const file = readKeySlotFile(paths.keySlots);
  const opened = openPasswordSlot(file, login, password);
  if (!opened) {
    const isAccount = file.slots.some((slot) => slot.kind === 'password' && slot.login === login);
    guard.fail(login, isAccount, address);
    noteFailure(paths, clock, login, 'wrongPassword');
    let waitNote = '';
    try {
      guard.check(login, address);
    } catch (error) {
      waitNote = error instanceof AppError ? `\n${error.message}` : '';
    }
    throw new AppError('WRONG_PASSWORD', wrongMessage + waitNote);
  }
  guard.clear(login);
  return opened;
}

/** Records a failed try for the audit log; a folder that cannot be written must not crash it. */
function noteFailure(paths: DataPaths, clock: Clock, login: string, reason: string): void {
  try {
    recordPendingEvent(paths.pendingAudit, {
      at: clock.now().toISOString(),
      action: 'auth.loginFailed',
      login,
      reason,
    });
  } catch {
    // Read-only or full data folder: the login itself will report that when it tries to open.
  }
}
