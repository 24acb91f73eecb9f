import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import { SessionManager } from './sessionManager';
import { adminLogin, adminPassword, setUpSession } from './sessionManager.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function setUp() {
  const s = setUpSession();
  cleanups.push(s.cleanup);
  return s;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not-app-error';
  }
  return undefined;
}

function actions(session: ReturnType<typeof setUp>['session']): string[] {
  const { db } = session.requireUnlocked(['admin']);
  return db
    .select({ action: auditLog.action })
    .from(auditLog)
    .orderBy(auditLog.id)
    .all()
    .map((r) => r.action);
}

describe('SessionManager', () => {
  it('sets up, and is logged in as the first 管理者 with the municipality', () => {
    const { session } = setUp();
    const status = session.status();
    expect(status).toMatchObject({
      initialized: true,
      session: {
        state: 'unlocked',
        user: { login: adminLogin, role: 'admin', displayName: '管理 太郎' },
      },
      municipalityName: 'みどり町',
      idleLockMinutes: 10,
    });
  });

  it('refuses a second setup of the same folder', () => {
    const { session } = setUp();
    expect(
      codeOf(() =>
        session.initialize({
          login: 'x1',
          displayName: 'x',
          password: 'xxxxxxxx',
          municipalityName: 'x',
        }),
      ),
    ).toBe('ALREADY_INITIALIZED');
  });

  it('locks (closing the database), refuses calls while locked, and unlocks with the password', () => {
    const { session } = setUp();
    const { db } = session.requireUnlocked(['admin']);
    session.lock();
    expect(session.status()).toMatchObject({
      session: { state: 'locked', user: { login: adminLogin } },
    });
    expect(codeOf(() => session.requireUnlocked(['admin']))).toBe('LOCKED');
    expect(() => db.select().from(auditLog).all()).toThrow();
    expect(codeOf(() => session.unlock('wrong-password'))).toBe('WRONG_PASSWORD');
    session.unlock(adminPassword);
    expect(session.status()).toMatchObject({ session: { state: 'unlocked' } });
  });

  it('audits login, failed login (written at the next unlock), lock, unlock and logout, in one valid chain', () => {
    const { session } = setUp();
    session.logout();
    expect(codeOf(() => session.login(adminLogin, 'nope'))).toBe('WRONG_PASSWORD');
    expect(codeOf(() => session.login('ghost', 'nope'))).toBe('WRONG_PASSWORD');
    session.login(adminLogin, adminPassword);
    session.lock();
    session.unlock(adminPassword);
    expect(actions(session)).toEqual([
      'setup.init',
      'auth.login',
      'auth.logout',
      'auth.loginFailed',
      'auth.loginFailed',
      'auth.login',
      'auth.lock',
      'auth.unlock',
    ]);
    const { db } = session.requireUnlocked(['admin']);
    expect(verifyAuditChain(db)).toEqual({ rows: 8, problems: [] });
    expect(fs.existsSync(session.paths.pendingAudit)).toBe(false);
  });

  it('gives the same message for an unknown login and a wrong password', () => {
    const { session } = setUp();
    session.logout();
    const messageFor = (login: string) => {
      try {
        session.login(login, 'bad-password');
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    expect(messageFor('ghost')).toBe(messageFor(adminLogin));
    expect(messageFor('ghost')).toContain('パスワード');
  });

  it('locks by itself after the idle time, even if no renderer asks', () => {
    const { session, clock } = setUp();
    clock.advance(9 * 60_000);
    session.requireUnlocked(['admin']);
    clock.advance(9 * 60_000);
    session.checkIdle();
    expect(session.status()).toMatchObject({ session: { state: 'unlocked' } });
    clock.advance(10 * 60_000);
    expect(codeOf(() => session.requireUnlocked(['admin']))).toBe('LOCKED');
    session.unlock(adminPassword);
    expect(actions(session)).toContain('auth.idleLock');
  });

  it('refuses a call whose role is not allowed', () => {
    const { session } = setUp();
    expect(codeOf(() => session.requireUnlocked(['worker']))).toBe('FORBIDDEN');
  });

  it('reports not initialized for an empty folder', () => {
    const { session } = setUp();
    const other = new SessionManager({
      dataDir: `${session.paths.dir}-empty`,
      clock: { now: () => new Date() },
      channel: 'cli',
    });
    expect(other.status()).toEqual({ initialized: false });
    expect(codeOf(() => other.login(adminLogin, adminPassword))).toBe('NOT_INITIALIZED');
  });
});
