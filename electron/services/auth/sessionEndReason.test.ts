import { afterEach, describe, expect, it } from 'vitest';
import { adminOnly, anyRole } from '../../contract/roles';
import { configureBackups } from '../backup/backupStatus';
import { createBackup } from '../backup/createBackup';
import { SessionManager } from './sessionManager';
import { adminLogin, adminPassword, setUpSession } from './sessionManager.testing';
import { serverMode, SessionRegistry } from './sessionRegistry';

const workerLogin = 'soudan';
const workerPassword = 'soudan-pass-1';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** An office-server registry with a 管理者 and a 相談員 logged in from two browsers, and a backup. */
function twoBrowsers() {
  const fixture = setUpSession();
  cleanups.push(fixture.cleanup);
  fixture.session.createStaffAccount({
    login: workerLogin,
    displayName: '相談 一郎',
    role: 'worker',
    password: workerPassword,
  });
  const { db, actor } = fixture.session.requireUnlocked(adminOnly);
  configureBackups(db, actor, fixture.clock, { folder: `${fixture.dir}-backups` });
  fixture.session.shutdown();
  const registry = new SessionRegistry(
    { dataDir: fixture.dir, clock: fixture.clock, channel: 'web' },
    serverMode,
  );
  cleanups.unshift(() => registry.shutdown());
  const browser = (address: string) =>
    new SessionManager(registry, { sessionId: null, origin: { channel: 'web', address } });
  const admin = browser('192.0.2.20');
  const worker = browser('192.0.2.10');
  admin.login(adminLogin, adminPassword);
  worker.login(workerLogin, workerPassword);
  const backup = admin.withDataKey(adminOnly, (holder) =>
    createBackup(holder, { kind: 'folder' }, { auto: false }),
  );
  return { registry, browser, admin, worker, backup };
}

describe('why a browser was logged out', () => {
  it('a restore ends every other session and tells each of them it was the restore', () => {
    const { admin, worker, backup, browser } = twoBrowsers();
    const locked = browser('192.0.2.11');
    locked.login(workerLogin, workerPassword);
    locked.lock();

    admin.restore(backup.file);

    for (const other of [worker, locked]) {
      expect(other.status()).toEqual({
        initialized: true,
        session: { state: 'loggedOut', endedBecause: 'restore' },
      });
    }
    // The 管理者 who restored sees the result on their own screen, not this notice.
    expect(admin.status()).toEqual({ initialized: true, session: { state: 'loggedOut' } });
    // A browser that was never logged in, and one that logs in again, are told nothing.
    expect(browser('192.0.2.30').status()).toEqual({
      initialized: true,
      session: { state: 'loggedOut' },
    });
    admin.login(adminLogin, adminPassword);
    worker.login(workerLogin, workerPassword);
    expect(worker.status()).toMatchObject({ session: { state: 'unlocked' } });
  });

  it('a session a 管理者 ended, or one of an account reset, says so; a logout says nothing', () => {
    const { registry, admin, worker, browser } = twoBrowsers();
    const ref = admin.activeSessions().find((session) => !session.self)?.ref ?? '';
    admin.endSession(ref);
    expect(worker.status()).toMatchObject({ session: { endedBecause: 'endedByAdmin' } });

    const again = browser('192.0.2.12');
    again.login(workerLogin, workerPassword);
    registry.endSessionsOf(again.requireUnlocked(anyRole).actor.staffId, 'passwordReset');
    expect(again.status()).toMatchObject({ session: { endedBecause: 'passwordReset' } });

    const leaving = browser('192.0.2.13');
    leaving.login(workerLogin, workerPassword);
    const id = leaving.sessionId;
    leaving.logout();
    expect(registry.endedBecause(id)).toBeUndefined();
  });
});
