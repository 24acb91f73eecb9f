import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors';
import { readKeySlotFile } from './keySlotFile';
import { adminPassword, setUpSession } from './sessionManager.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

describe('createStaffAccount', () => {
  it('adds an account whose own password opens the database with its role', () => {
    const fixture = setUpSession();
    cleanups.push(fixture.cleanup);
    const { session } = fixture;
    const created = session.createStaffAccount({
      login: 'soudan1',
      displayName: '相談 一郎',
      role: 'worker',
      password: 'soudan-pass-1',
    });
    expect(created).toMatchObject({ displayName: '相談 一郎', role: 'worker', active: true });
    expect(
      readKeySlotFile(session.paths.keySlots).slots.filter((s) => s.kind === 'password'),
    ).toHaveLength(2);

    session.logout();
    expect(session.login('soudan1', 'soudan-pass-1')).toMatchObject({
      role: 'worker',
      staffId: created.id,
    });
    expect(() =>
      session.createStaffAccount({
        login: 'x2',
        displayName: 'x',
        role: 'admin',
        password: 'xxxxxxxx',
      }),
    ).toThrow(AppError);
    session.logout();
    session.login('kanri', adminPassword);
  });

  it('refuses a login that is taken and writes nothing', () => {
    const fixture = setUpSession();
    cleanups.push(fixture.cleanup);
    const before = readKeySlotFile(fixture.session.paths.keySlots).slots.length;
    expect(() =>
      fixture.session.createStaffAccount({
        login: 'kanri',
        displayName: 'x',
        role: 'viewer',
        password: 'kaede-tokei-umi-4',
      }),
    ).toThrow(/すでに使われています/);
    expect(readKeySlotFile(fixture.session.paths.keySlots).slots.length).toBe(before);
  });
});
