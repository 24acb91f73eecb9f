import { afterEach, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { auditLog } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import type { ActiveSession } from '../../contract/schemas/staff';
import { anyRole } from '../../contract/roles';
import { createDispatcher } from '../../ipc/dispatch';
import { handlers } from '../../ipc/handlerTable';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import { SessionManager } from './sessionManager';
import { adminLogin, adminPassword, setUpSession } from './sessionManager.testing';
import { notReadyMessage } from './sessionDatabase';
import { serverMode, SessionRegistry } from './sessionRegistry';

const workerLogin = 'soudan';
const workerPassword = 'soudan-pass-1';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** A set-up folder with a 管理者 and a 相談員, then an office-server registry over it, sealed. */
function setUpServer() {
  const fixture = setUpSession();
  cleanups.push(fixture.cleanup);
  const worker = fixture.session.createStaffAccount({
    login: workerLogin,
    displayName: '相談 一郎',
    role: 'worker',
    password: workerPassword,
  });
  fixture.session.shutdown();
  const registry = new SessionRegistry(
    { dataDir: fixture.dir, clock: fixture.clock, channel: 'web' },
    serverMode,
  );
  cleanups.unshift(() => registry.shutdown());
  /** A browser's seat: its own session id, as the server finds it from the cookie. */
  const browser = (address: string) =>
    new SessionManager(registry, { sessionId: null, origin: { channel: 'web', address } });
  return { registry, browser, clock: fixture.clock, workerId: worker.id };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? `${error.code} ${error.message}` : 'not-app-error';
  }
  return undefined;
}

function lastAudit(registry: SessionRegistry, action: string) {
  const { db } = new SessionManager(registry, {
    sessionId: registry.list().find((s) => s.user.role === 'admin')?.id ?? null,
    origin: { channel: 'web', address: null },
  }).requireUnlocked(anyRole);
  return db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .orderBy(desc(auditLog.id))
    .get();
}

describe('SessionRegistry on the office server', () => {
  it('is sealed after a start: a 相談員 is told to wait until a 管理者 logs in, who opens it for everyone', () => {
    const { registry, browser } = setUpServer();
    const worker = browser('192.0.2.10');
    expect(codeOf(() => worker.login(workerLogin, workerPassword))).toBe(
      `NOT_READY ${notReadyMessage}`,
    );
    expect(registry.isUnsealed()).toBe(false);
    // A wrong password is still just a wrong password (nothing tells whether the login exists).
    expect(codeOf(() => worker.login(workerLogin, 'wrong-one'))).toMatch(/^WRONG_PASSWORD/);

    const admin = browser('192.0.2.20');
    admin.login(adminLogin, adminPassword);
    expect(registry.isUnsealed()).toBe(true);
    worker.login(workerLogin, workerPassword);

    // Two sessions at once, each acting as its own user.
    expect(admin.requireUnlocked(anyRole).actor.login).toBe(adminLogin);
    expect(worker.requireUnlocked(anyRole).actor.login).toBe(workerLogin);
    expect(admin.sessionId).not.toBe(worker.sessionId);
    expect(registry.list().map((s) => [s.user.login, s.origin.address])).toEqual([
      [adminLogin, '192.0.2.20'],
      [workerLogin, '192.0.2.10'],
    ]);
    expect(codeOf(() => worker.requireUnlocked(['admin']))).toMatch(/^FORBIDDEN/);
  });

  it('locks and logs out one session without touching the other; the database stays open', () => {
    const { registry, browser } = setUpServer();
    const admin = browser('192.0.2.20');
    const worker = browser('192.0.2.10');
    admin.login(adminLogin, adminPassword);
    worker.login(workerLogin, workerPassword);

    worker.lock();
    expect(worker.status()).toMatchObject({ session: { state: 'locked' } });
    expect(admin.status()).toMatchObject({ session: { state: 'unlocked' } });
    expect(codeOf(() => worker.unlock(adminPassword))).toMatch(/^WRONG_PASSWORD/);
    worker.unlock(workerPassword);

    admin.logout();
    expect(admin.status()).toMatchObject({ session: { state: 'loggedOut' } });
    expect(worker.requireUnlocked(anyRole).actor.login).toBe(workerLogin);
    worker.logout();
    // With nobody at work the server keeps the database open: the 相談員 can come back alone.
    expect(registry.isUnsealed()).toBe(true);
    worker.login(workerLogin, workerPassword);
    const fresh = browser('192.0.2.30');
    expect(fresh.status()).toMatchObject({ session: { state: 'loggedOut' } });
  });

  it('locks each session after its own idle time and ends it after 12 hours', () => {
    const { browser, clock } = setUpServer();
    const admin = browser('192.0.2.20');
    const worker = browser('192.0.2.10');
    admin.login(adminLogin, adminPassword);
    worker.login(workerLogin, workerPassword);
    clock.advance(6 * 60_000);
    admin.requireUnlocked(anyRole);
    clock.advance(6 * 60_000);
    admin.checkIdle();
    expect(admin.status()).toMatchObject({ session: { state: 'unlocked' } });
    expect(worker.status()).toMatchObject({ session: { state: 'locked' } });
    expect(codeOf(() => worker.requireUnlocked(anyRole))).toMatch(/^LOCKED/);
    admin.requireUnlocked(anyRole);

    // Busy all day (a call every 9 minutes), the login still ends 12 hours after it began.
    for (let minutes = 12 + 9; minutes < 12 * 60; minutes += 9) {
      clock.advance(9 * 60_000);
      admin.requireUnlocked(anyRole);
    }
    clock.advance(9 * 60_000);
    expect(codeOf(() => admin.requireUnlocked(anyRole))).toMatch(/^LOGGED_OUT/);
    expect(worker.status()).toMatchObject({ session: { state: 'loggedOut' } });
  });

  it('ends an account’s sessions at once when a 管理者 disables it or resets its password', async () => {
    const { registry, browser, workerId } = setUpServer();
    const admin = browser('192.0.2.20');
    admin.login(adminLogin, adminPassword);
    const dispatch = createDispatcher<SessionManager>({
      isTrustedSender: () => true,
      sessionOf: (seat) => seat,
      clock: registry.config.clock,
      handlers,
    });
    const atDesk = browser('192.0.2.10');
    const atHome = browser('192.0.2.11');
    atDesk.login(workerLogin, workerPassword);
    atHome.login(workerLogin, workerPassword);
    atHome.lock();

    const reset = await dispatch(admin, 'staff.resetPassword', {
      id: workerId,
      password: 'new-pass-2026',
    });
    expect(reset.ok).toBe(true);
    expect(await dispatch(atDesk, 'auth.touch', {})).toMatchObject({ code: 'LOGGED_OUT' });
    expect(atHome.status()).toMatchObject({ session: { state: 'loggedOut' } });
    expect(lastAudit(registry, 'auth.logout')).toMatchObject({
      actorLogin: workerLogin,
      detail: JSON.stringify({ reason: 'passwordReset' }),
    });

    atDesk.login(workerLogin, 'new-pass-2026');
    expect((await dispatch(admin, 'staff.disable', { id: workerId })).ok).toBe(true);
    expect(await dispatch(atDesk, 'auth.touch', {})).toMatchObject({ code: 'LOGGED_OUT' });
    expect(lastAudit(registry, 'auth.logout')).toMatchObject({
      detail: JSON.stringify({ reason: 'accountDisabled' }),
    });
    expect(registry.list().map((s) => s.user.login)).toEqual([adminLogin]);
    expect(verifyAuditChain(admin.requireUnlocked(anyRole).db).problems).toEqual([]);
  });

  it('lets a browser log in as someone else from its lock screen, ending the locked session', () => {
    const { registry, browser } = setUpServer();
    const shared = browser('192.0.2.10');
    shared.login(adminLogin, adminPassword);
    shared.lock();
    const locked = shared.sessionId;
    shared.login(workerLogin, workerPassword);
    expect(shared.sessionId).not.toBe(locked);
    expect(registry.list().map((s) => s.user.login)).toEqual([workerLogin]);
    expect(codeOf(() => shared.login(adminLogin, adminPassword))).toMatch(/^CONFLICT/);
  });

  it('lists the open logins for 管理 and lets a 管理者 end another one (audited)', async () => {
    const { registry, browser, workerId } = setUpServer();
    const dispatch = createDispatcher<SessionManager>({
      isTrustedSender: () => true,
      sessionOf: (seat) => seat,
      clock: registry.config.clock,
      handlers,
    });
    const admin = browser('192.0.2.20');
    const worker = browser('192.0.2.10');
    admin.login(adminLogin, adminPassword);
    worker.login(workerLogin, workerPassword);
    expect(await dispatch(worker, 'staff.sessions', {})).toMatchObject({ code: 'FORBIDDEN' });

    const listed = await dispatch(admin, 'staff.sessions', {});
    if (!listed.ok) throw new Error(listed.message);
    const sessions = listed.value as ActiveSession[];
    expect(sessions.map((s) => [s.login, s.address, s.state, s.self])).toEqual([
      [adminLogin, '192.0.2.20', 'unlocked', true],
      [workerLogin, '192.0.2.10', 'unlocked', false],
    ]);
    expect(sessions[0]?.since).toBe('2026-04-01T00:00:00.000Z');
    // The secret id never leaves the registry.
    expect(JSON.stringify(sessions)).not.toContain(String(worker.sessionId));

    const [own, other] = sessions;
    if (!own || !other) throw new Error('two sessions expected');
    expect(await dispatch(admin, 'staff.endSession', { ref: own.ref })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await dispatch(admin, 'staff.endSession', { ref: other.ref })).toEqual({
      ok: true,
      value: null,
    });
    expect(await dispatch(worker, 'auth.touch', {})).toMatchObject({ code: 'LOGGED_OUT' });
    expect(await dispatch(admin, 'staff.endSession', { ref: other.ref })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(lastAudit(registry, 'staff.endSession')).toMatchObject({
      actorLogin: adminLogin,
      targetType: 'staff',
      targetId: String(workerId),
    });
    expect(lastAudit(registry, 'auth.logout')).toMatchObject({
      actorLogin: workerLogin,
      detail: JSON.stringify({ reason: 'endedByAdmin' }),
    });
  });
});
