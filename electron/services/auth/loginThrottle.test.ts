import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import { adminOnly } from '../../contract/roles';
import { AppError } from '../../contract/errors';
import { listStaffAccounts } from './listStaffAccounts';
import { createTempDir } from '../../../db/testing/createTestDb';
import { manualClock } from '../clock.testing';
import { maxAddresses, maxUnknown, readAttempts, writeAttempts } from './loginAttemptsFile';
import { LoginGuard } from './loginGuard';
import { describeWait, freeAddressFailures, waitAfter } from './loginThrottle';
import { resetStaffPassword } from './resetStaffPassword';
import { SessionManager } from './sessionManager';
import { adminLogin, adminPassword, setUpSession } from './sessionManager.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('login protection rules', () => {
  it('lets five wrong passwords pass, then waits 30 s, doubling, at most an hour', () => {
    expect([0, 1, 4].map(waitAfter)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map(waitAfter)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(waitAfter(40)).toBe(60 * 60_000);
  });

  it('says the wait in Japanese, with the time in Japan', () => {
    const now = new Date('2026-04-01T01:35:00.000Z');
    expect(describeWait(new Date('2026-04-01T01:35:30.000Z'), now)).toBe(
      'あと30秒（10時35分30秒以降）',
    );
    expect(describeWait(new Date('2026-04-01T01:37:20.000Z'), now)).toBe(
      'あと2分20秒（10時37分20秒以降）',
    );
  });
});

describe('login protection in the session', () => {
  it('after 5 wrong passwords refuses even the right one until the wait is over, across restarts', () => {
    const fixture = setUpSession();
    cleanups.push(fixture.cleanup);
    const { session, clock, dir } = fixture;
    session.logout();
    for (let i = 0; i < 4; i += 1) {
      expect(errorOf(() => session.login(adminLogin, 'wrong')).code).toBe('WRONG_PASSWORD');
    }
    // The fifth failure already says how long to wait.
    const fifth = errorOf(() => session.login(adminLogin, 'wrong'));
    expect(fifth.code).toBe('WRONG_PASSWORD');
    expect(fifth.message).toContain('あと30秒');
    const refused = errorOf(() => session.login(adminLogin, adminPassword));
    expect(refused.code).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.message).toMatch(/しばらくログインできません。あと30秒（9時0分30秒以降）/);

    // A restart (a new process on the same folder) still waits.
    const restarted = new SessionManager({ dataDir: dir, clock, channel: 'cli' });
    expect(errorOf(() => restarted.login(adminLogin, adminPassword)).code).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    clock.advance(30_000);
    expect(errorOf(() => restarted.login(adminLogin, 'wrong')).message).toContain('あと1分');
    clock.advance(59_000);
    expect(errorOf(() => restarted.login(adminLogin, adminPassword)).code).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    clock.advance(1_000);
    restarted.login(adminLogin, adminPassword);

    // Every failure, the refused tries too, is in the audit log; a right password clears the count.
    const { db } = restarted.requireUnlocked(adminOnly);
    const failed = db
      .select({ action: auditLog.action, detail: auditLog.detail })
      .from(auditLog)
      .all()
      .filter((r) => r.action === 'auth.loginFailed')
      .map((r) => (JSON.parse(r.detail) as { reason: string }).reason);
    expect(failed).toEqual([
      ...Array<string>(5).fill('wrongPassword'),
      'throttled',
      'throttled',
      'wrongPassword',
      'throttled',
    ]);
    restarted.logout();
    expect(errorOf(() => restarted.login(adminLogin, 'wrong')).message).not.toContain('あと');
  });

  it('treats an unknown login the same (no hint which logins exist) and counts the lock screen', () => {
    const fixture = setUpSession();
    cleanups.push(fixture.cleanup);
    const { session } = fixture;
    session.lock();
    for (let i = 0; i < 5; i += 1) errorOf(() => session.unlock('wrong'));
    expect(errorOf(() => session.unlock(adminPassword)).code).toBe('TOO_MANY_ATTEMPTS');
    session.logout();
    for (let i = 0; i < 5; i += 1) errorOf(() => session.login('ghost', 'wrong'));
    expect(errorOf(() => session.login('ghost', 'x')).code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('shows the wait on the 管理 screen and a 管理者’s password reset lifts it', () => {
    const fixture = setUpSession();
    cleanups.push(fixture.cleanup);
    const { session, clock } = fixture;
    const worker = session.createStaffAccount({
      login: 'soudan1',
      displayName: '相談 一郎',
      role: 'worker',
      password: 'soudan-pass-1',
    });
    session.logout();
    for (let i = 0; i < 6; i += 1) errorOf(() => session.login('soudan1', 'wrong'));
    session.login(adminLogin, adminPassword);
    const listed = () => {
      const { db } = session.requireUnlocked(adminOnly);
      return listStaffAccounts(db, session.paths, clock).find((a) => a.id === worker.id);
    };
    expect(listed()?.waitUntil).toBe('2026-04-01T00:00:30.000Z');
    session.withDataKey(adminOnly, (h) => resetStaffPassword(h, worker.id, 'fresh-pass-2'));
    expect(listed()?.waitUntil).toBeNull();
    session.logout();
    session.login('soudan1', 'fresh-pass-2');
  });

  it('a damaged counter file counts as no failures (login still works)', () => {
    const fixture = setUpSession();
    cleanups.push(fixture.cleanup);
    const { session } = fixture;
    session.logout();
    fs.writeFileSync(session.paths.loginAttempts, '{"kanri": {"failures": "many"');
    session.login(adminLogin, adminPassword);
  });
});

describe('login protection that holds (issue 16, finding 5)', () => {
  it('500 throwaway logins do not clear an existing account’s wait; the file stays bounded', () => {
    const fixture = setUpSession();
    cleanups.push(fixture.cleanup);
    const { session, clock } = fixture;
    session.logout();
    for (let i = 0; i < 6; i += 1) errorOf(() => session.login(adminLogin, 'wrong'));
    // Names without an account, through the real login path first: filed apart.
    for (let i = 0; i < 3; i += 1) errorOf(() => session.login(`ghost${i}`, 'wrong'));
    const filed = readAttempts(session.paths.loginAttempts);
    expect(Object.keys(filed.accounts)).toEqual([adminLogin]);
    expect(Object.keys(filed.unknown).sort()).toEqual(['ghost0', 'ghost1', 'ghost2']);

    // Then 500 more (the guard directly, as a wrong login does: each real try costs a KDF).
    const guard = new LoginGuard(session.paths.loginAttempts, clock);
    for (let i = 0; i < 500; i += 1) {
      clock.advance(1);
      guard.fail(`throwaway${i}`, false);
    }
    expect(errorOf(() => session.login(adminLogin, adminPassword)).code).toBe('TOO_MANY_ATTEMPTS');
    const after = readAttempts(session.paths.loginAttempts);
    // Five counted, the sixth refused unheard while waiting.
    expect(after.accounts[adminLogin]?.failures).toBe(5);
    expect(Object.keys(after.unknown)).toHaveLength(maxUnknown);
    expect(after.unknown.throwaway499).toBeDefined();
    expect(after.unknown.ghost0).toBeUndefined();
    clock.advance(60_000);
    session.login(adminLogin, adminPassword);
  }, 120_000);

  it('5,000 names and addresses in the file: accounts kept, the rest cut to their bounds', () => {
    const dir = createTempDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'login-attempts.json');
    const at = (i: number) => new Date(Date.UTC(2026, 3, 1) + i * 1000).toISOString();
    const many = (prefix: string) =>
      Object.fromEntries(
        Array.from({ length: 5000 }, (_, i) => [
          `${prefix}${i}`,
          { failures: 1, lastFailureAt: at(i) },
        ]),
      );
    writeAttempts(file, {
      accounts: { kanri: { failures: 9, lastFailureAt: at(0) } },
      unknown: many('throwaway'),
      addresses: many('10.0.0.'),
    });
    const kept = readAttempts(file);
    expect(kept.accounts.kanri?.failures).toBe(9);
    expect(Object.keys(kept.unknown)).toHaveLength(maxUnknown);
    expect(kept.unknown.throwaway4999).toBeDefined();
    expect(Object.keys(kept.addresses)).toHaveLength(maxAddresses);
    expect(fs.statSync(file).size).toBeLessThan(150_000);
  });

  it('reads the file of the version before (one flat map) and keeps counting', () => {
    const fixture = setUpSession();
    cleanups.push(fixture.cleanup);
    const { session } = fixture;
    session.logout();
    fs.writeFileSync(
      session.paths.loginAttempts,
      JSON.stringify({ kanri: { failures: 5, lastFailureAt: '2026-04-01T00:00:00.000Z' } }),
    );
    expect(errorOf(() => session.login(adminLogin, adminPassword)).code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('makes one client address wait after 20 wrong passwords, whatever logins it tries', () => {
    const dir = createTempDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const clock = manualClock();
    const guard = new LoginGuard(path.join(dir, 'login-attempts.json'), clock);
    for (let i = 0; i < freeAddressFailures; i += 1) {
      guard.check(`name${i}`, '192.0.2.7');
      guard.fail(`name${i}`, false, '192.0.2.7');
    }
    expect(errorOf(() => guard.check('fresh', '192.0.2.7')).message).toMatch(
      /このパソコンからのログインの失敗が続いたため.*あと30秒/,
    );
    // Another PC, and the same names on the desktop (no address), are not held by it.
    guard.check('fresh', '192.0.2.8');
    guard.check('fresh', null);
    clock.advance(30_000);
    guard.check('fresh', '192.0.2.7');
    // An hour without a failure forgets the address.
    guard.fail('x', false, '192.0.2.7');
    expect(errorOf(() => guard.check('fresh', '192.0.2.7')).code).toBe('TOO_MANY_ATTEMPTS');
    clock.advance(60 * 60_000 + 1);
    guard.check('fresh', '192.0.2.7');
    // Many addresses stay bounded too.
    for (let i = 0; i < maxAddresses + 50; i += 1)
      guard.fail('x', false, `10.0.${i >> 8}.${i & 255}`);
    expect(Object.keys(readAttempts(path.join(dir, 'login-attempts.json')).addresses)).toHaveLength(
      maxAddresses,
    );
  }, 60_000);
});
