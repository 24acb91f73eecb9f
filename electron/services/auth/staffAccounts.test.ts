import { afterEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import { adminOnly, anyRole } from '../../contract/roles';
import { AppError } from '../../contract/errors';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import { changeOwnPassword } from './changeOwnPassword';
import { disableStaffAccount, enableStaffAccount } from './disableStaffAccount';
import { readKeySlotFile } from './keySlotFile';
import { listStaffAccounts } from './listStaffAccounts';
import { resetStaffPassword } from './resetStaffPassword';
import { adminLogin, adminPassword, setUpSession } from './sessionManager.testing';
import { updateStaffAccount } from './updateStaffAccount';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function setUp() {
  const fixture = setUpSession();
  cleanups.push(fixture.cleanup);
  const { session } = fixture;
  const worker = session.createStaffAccount({
    login: 'soudan1',
    displayName: '相談 一郎',
    affiliation: '地域共生推進課',
    role: 'worker',
    password: 'soudan-pass-1',
  });
  return { ...fixture, worker };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
  return undefined;
}

function passwordSlots(session: ReturnType<typeof setUp>['session']) {
  return readKeySlotFile(session.paths.keySlots).slots.filter((s) => s.kind === 'password');
}

function actions(session: ReturnType<typeof setUp>['session']): string[] {
  const { db } = session.requireUnlocked(adminOnly);
  return db
    .select({ a: auditLog.action })
    .from(auditLog)
    .all()
    .map((r) => r.a);
}

describe('staff accounts', () => {
  it('lists accounts with 所属, role and whether they have a password', () => {
    const { session, clock } = setUp();
    const { db } = session.requireUnlocked(adminOnly);
    const list = listStaffAccounts(db, session.paths, clock);
    expect(list.map((a) => [a.login, a.role, a.affiliation, a.active, a.hasPassword])).toEqual([
      ['soudan1', 'worker', '地域共生推進課', true, true],
      [adminLogin, 'admin', '', true, true],
    ]);
  });

  it('disables an account: its slot goes, it cannot log in, the audit keeps its name', () => {
    const { session, worker } = setUp();
    session.logout();
    session.login('soudan1', 'soudan-pass-1');
    session.logout();
    session.login(adminLogin, adminPassword);
    const disabled = session.withDataKey(adminOnly, (h) => disableStaffAccount(h, worker.id));
    expect(disabled).toMatchObject({ active: false, hasPassword: false });
    expect(passwordSlots(session).map((s) => s.login)).toEqual([adminLogin]);
    session.logout();
    expect(codeOf(() => session.login('soudan1', 'soudan-pass-1'))).toBe('WRONG_PASSWORD');
    session.login(adminLogin, adminPassword);
    const { db } = session.requireUnlocked(adminOnly);
    const names = db.select({ n: auditLog.actorName }).from(auditLog).all();
    expect(names.map((r) => r.n)).toContain('相談 一郎');
    expect(actions(session)).toContain('staff.disable');
  });

  it('enables a disabled account again with a new password', () => {
    const { session, worker } = setUp();
    session.withDataKey(adminOnly, (h) => disableStaffAccount(h, worker.id));
    session.withDataKey(adminOnly, (h) => enableStaffAccount(h, worker.id, 'again-pass-2'));
    session.logout();
    expect(session.login('soudan1', 'again-pass-2')).toMatchObject({ role: 'worker' });
  });

  it('never disables or demotes the last active 管理者, nor oneself', () => {
    const { session, clock, worker } = setUp();
    const { actor } = session.requireUnlocked(adminOnly);
    expect(
      codeOf(() => session.withDataKey(adminOnly, (h) => disableStaffAccount(h, actor.staffId))),
    ).toBe('CONFLICT');
    const second = session.createStaffAccount({
      login: 'kanri2',
      displayName: '管理 次郎',
      role: 'admin',
      password: 'kanri2-pass-2026',
    });
    session.logout();
    session.login('kanri2', 'kanri2-pass-2026');
    // kanri2 disables kanri; now kanri2 is the last 管理者 and cannot be demoted by anyone.
    const kanriId = actor.staffId;
    session.withDataKey(adminOnly, (h) => disableStaffAccount(h, kanriId));
    const again = session.requireUnlocked(adminOnly);
    expect(
      codeOf(() =>
        updateStaffAccount(again.db, again.actor, clock, session.paths, {
          id: second.id,
          displayName: '管理 次郎',
          affiliation: '',
          role: 'worker',
        }),
      ),
    ).toBe('CONFLICT');
    // Changing a 相談員's role and 所属 works and is audited with the fields.
    const changed = updateStaffAccount(again.db, again.actor, clock, session.paths, {
      id: worker.id,
      displayName: '相談 一郎',
      affiliation: '社協',
      role: 'viewer',
    });
    expect(changed).toMatchObject({ role: 'viewer', affiliation: '社協' });
  });

  it('resets another account’s password (a new slot, the same data key) but not one’s own', () => {
    const { session, worker } = setUp();
    const { actor } = session.requireUnlocked(adminOnly);
    session.withDataKey(adminOnly, (h) => resetStaffPassword(h, worker.id, 'reset-pass-9'));
    expect(
      codeOf(() =>
        session.withDataKey(adminOnly, (h) => resetStaffPassword(h, actor.staffId, 'x'.repeat(9))),
      ),
    ).toBe('CONFLICT');
    expect(passwordSlots(session)).toHaveLength(2);
    session.logout();
    expect(codeOf(() => session.login('soudan1', 'soudan-pass-1'))).toBe('WRONG_PASSWORD');
    expect(session.login('soudan1', 'reset-pass-9')).toMatchObject({ staffId: worker.id });
  });

  it('changes one’s own password after checking the current one; the database file is not rewritten', () => {
    const { session } = setUp();
    session.logout();
    session.login('soudan1', 'soudan-pass-1');
    const wrong = codeOf(() =>
      session.withDataKey(anyRole, (h) => changeOwnPassword(h, 'not-mine', 'new-pass-123')),
    );
    expect(wrong).toBe('WRONG_PASSWORD');
    const same = codeOf(() =>
      session.withDataKey(anyRole, (h) => changeOwnPassword(h, 'soudan-pass-1', 'soudan-pass-1')),
    );
    expect(same).toBe('VALIDATION');
    const slotBefore = passwordSlots(session).find((s) => s.login === 'soudan1');
    session.withDataKey(anyRole, (h) => changeOwnPassword(h, 'soudan-pass-1', 'new-pass-123'));
    const slotAfter = passwordSlots(session).find((s) => s.login === 'soudan1');
    expect(slotAfter?.id).not.toBe(slotBefore?.id);
    expect(passwordSlots(session)).toHaveLength(2);
    session.logout();
    expect(codeOf(() => session.login('soudan1', 'soudan-pass-1'))).toBe('WRONG_PASSWORD');
    session.login('soudan1', 'new-pass-123');
    session.logout();
    session.login(adminLogin, adminPassword);
    expect(actions(session)).toEqual(
      expect.arrayContaining(['auth.changePasswordFailed', 'auth.changePassword']),
    );
    const { db } = session.requireUnlocked(adminOnly);
    expect(verifyAuditChain(db).problems).toEqual([]);
  });
});
