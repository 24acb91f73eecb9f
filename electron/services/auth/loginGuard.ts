import { AppError } from '../../contract/errors';
import type { Clock } from '../clock';
import { readAttempts, writeAttempts } from './loginAttemptsFile';
import { afterFailure, describeWait, retryAt } from './loginThrottle';

/** The counter key of the recovery key, which is throttled like a login of its own. */
export const recoveryKeyLogin = '#recovery';

/**
 * Login protection around one password (or recovery key) check, for the login screen, the lock
 * screen, パスワード変更 and the CLI. While a login must wait, the password is not even tried.
 */
export class LoginGuard {
  constructor(
    private readonly filePath: string,
    private readonly clock: Clock,
  ) {}

  /** Throws TOO_MANY_ATTEMPTS, with the wait in Japanese, while this login must wait. */
  check(login: string): void {
    const now = this.clock.now();
    const until = retryAt(readAttempts(this.filePath)[login], now);
    if (until) {
      throw new AppError(
        'TOO_MANY_ATTEMPTS',
        `パスワードを続けて間違えたため、しばらくログインできません。${describeWait(until, now)}にもう一度お試しください。`,
      );
    }
  }

  /** Counts one more wrong password for this login. */
  fail(login: string): void {
    const attempts = readAttempts(this.filePath);
    attempts[login] = afterFailure(attempts[login], this.clock.now());
    writeAttempts(this.filePath, attempts);
  }

  /** Forgets the failures of this login (a right password, or a 管理者's reset). */
  clear(login: string): void {
    const attempts = readAttempts(this.filePath);
    if (!(login in attempts)) return;
    const { [login]: _cleared, ...rest } = attempts;
    writeAttempts(this.filePath, rest);
  }

  /** When this login may try again (ISO), or null; for the 管理 screen. */
  waitUntil(login: string): string | null {
    return retryAt(readAttempts(this.filePath)[login], this.clock.now())?.toISOString() ?? null;
  }
}
