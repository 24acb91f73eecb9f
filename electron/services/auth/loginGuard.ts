import { AppError } from '../../contract/errors';
import type { Clock } from '../clock';
import { readAttempts, writeAttempts, type AttemptsFile } from './loginAttemptsFile';
import {
  addressForgotten,
  addressRetryAt,
  afterFailure,
  describeWait,
  retryAt,
} from './loginThrottle';

/** The counter key of the recovery key, which is throttled like a login of its own. */
export const recoveryKeyLogin = '#recovery';

/**
 * Login protection around one password (or recovery key) check, for the login screen, the lock
 * screen, パスワード変更, the CLI and the office server: per login (on every screen) and per
 * client address (on the server), in one file. While either must wait, the password is not
 * even tried.
 */
export class LoginGuard {
  constructor(
    private readonly filePath: string,
    private readonly clock: Clock,
  ) {}

  /** Throws TOO_MANY_ATTEMPTS, with the wait in Japanese, while this login or address must wait. */
  check(login: string, address: string | null = null): void {
    const now = this.clock.now();
    const attempts = readAttempts(this.filePath);
    if (address !== null) {
      const until = addressRetryAt(attempts.addresses[address], now);
      if (until) {
        throw new AppError(
          'TOO_MANY_ATTEMPTS',
          `このパソコンからのログインの失敗が続いたため、しばらくログインできません。${describeWait(until, now)}にもう一度お試しください。`,
        );
      }
    }
    const until = retryAt(recordOf(attempts, login), now);
    if (until) {
      throw new AppError(
        'TOO_MANY_ATTEMPTS',
        `パスワードを続けて間違えたため、しばらくログインできません。${describeWait(until, now)}にもう一度お試しください。`,
      );
    }
  }

  /**
   * Counts one more wrong password for this login (filed under accounts when `isAccount`, else
   * under unknown names) and for the client's address.
   */
  fail(login: string, isAccount: boolean, address: string | null = null): void {
    const now = this.clock.now();
    const attempts = readAttempts(this.filePath);
    const record = afterFailure(recordOf(attempts, login), now);
    attempts.accounts = without(attempts.accounts, login);
    attempts.unknown = without(attempts.unknown, login);
    (isAccount ? attempts.accounts : attempts.unknown)[login] = record;
    if (address !== null) {
      const seen = attempts.addresses[address];
      const current = seen && !addressForgotten(seen, now) ? seen : undefined;
      attempts.addresses[address] = afterFailure(current, now);
    }
    writeAttempts(this.filePath, attempts);
  }

  /** Forgets the failures of this login (a right password, or a 管理者's reset). */
  clear(login: string): void {
    const attempts = readAttempts(this.filePath);
    if (!(login in attempts.accounts) && !(login in attempts.unknown)) return;
    attempts.accounts = without(attempts.accounts, login);
    attempts.unknown = without(attempts.unknown, login);
    writeAttempts(this.filePath, attempts);
  }

  /** When this login may try again (ISO), or null; for the 管理 screen. */
  waitUntil(login: string): string | null {
    const attempts = readAttempts(this.filePath);
    return retryAt(recordOf(attempts, login), this.clock.now())?.toISOString() ?? null;
  }
}

function recordOf(attempts: AttemptsFile, login: string) {
  return attempts.accounts[login] ?? attempts.unknown[login];
}

function without<T>(part: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(part).filter(([name]) => name !== key));
}
