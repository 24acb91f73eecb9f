import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { staff } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import { adminOnly } from '../../contract/roles';
import { isInitialized } from '../setup/initializeDataFolder';
import { changeOwnPassword } from './changeOwnPassword';
import { disableStaffAccount, enableStaffAccount } from './disableStaffAccount';
import { editKeySlotFile, withPasswordSlot } from './keySlotEdits';
import { readKeySlotFile } from './keySlotFile';
import { passwordProblem } from './passwordPolicy';
import { resetStaffPassword } from './resetStaffPassword';
import { SessionManager } from './sessionManager';
import { adminLogin, adminPassword, setUpSession } from './sessionManager.testing';
import { createTempDir } from '../../../db/testing/createTestDb';
import { runCliForTest, tempDataDir } from '../../../scripts/cli/cli.testing';
import { manualClock } from '../clock.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const context = { login: 'soudan-tanaka', displayName: '田中 一郎', municipalityName: 'みどり町' };

describe('the password policy', () => {
  it.each([
    ['password', /12文字以上/],
    ['12345678', /12文字以上/],
    ['        ', /12文字以上/],
    ['midori-2026', /12文字以上.*いまは11文字/],
    ['            ', /空白や同じ文字の繰り返し/],
    ['aaaaaaaaaaaaaa', /空白や同じ文字の繰り返し/],
    ['soudan-tanaka', /ログイン名をそのまま/],
    ['SOUDAN-TANAKA', /ログイン名をそのまま/],
    ['passwordpassword', /推測されやすい/],
    ['123456789012', /推測されやすい.*よく使われるパスワード/],
    ['ｐａｓｓｗｏｒｄ１２３４', /推測されやすい/],
    ['qwertyuiop12', /推測されやすい/],
    ['soudan-tanaka1', /推測されやすい/],
    ['みどり町みどり町みどり町', /推測されやすい/],
  ])('refuses %j, saying why in Japanese', (password, why) => {
    expect(passwordProblem(password, context)).toMatch(why);
  });

  it.each([
    'sakura-tokei-umi-7',
    'midori-2026-kanri',
    'correct horse battery',
    'ゆうびん-かもめ-しお-3',
  ])('accepts %j', (password) => {
    expect(passwordProblem(password, context)).toBeNull();
  });
});

describe('where a password is set (real encrypted folders)', () => {
  it('初期設定 refuses a weak password and writes nothing into the data folder', () => {
    const dir = `${createTempDir()}/data`;
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const session = new SessionManager({ dataDir: dir, clock: manualClock(), channel: 'cli' });
    const error = refusal(() =>
      session.initialize({
        login: 'kanri',
        displayName: '管理 太郎',
        password: 'passwordpassword',
        municipalityName: 'みどり町',
      }),
    );
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'password' }] });
    expect(isInitialized(dir)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['password', 2, 'パスワードは12文字以上にしてください'],
    ['passwordpassword', 1, '推測されやすい'],
    ['kanri', 2, 'パスワードは12文字以上にしてください'],
  ])('cli init refuses %j (exit %i) and sets nothing up', async (password, code, why) => {
    const dir = tempDataDir(cleanups);
    const run = await runCliForTest(['init', '--data', dir, '--municipality', 'みどり町'], {
      env: { KASANE_USER: 'kanri', KASANE_PASSWORD: password },
    });
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(why);
    expect(isInitialized(dir)).toBe(false);
  });

  it('account creation, re-enabling, reset, change and recovery refuse it and change nothing', () => {
    const fixture = setUpSession();
    cleanups.push(fixture.cleanup);
    const { session, recoveryKey } = fixture;
    const slotsBefore = () => JSON.stringify(readKeySlotFile(session.paths.keySlots));

    let before = slotsBefore();
    const created = refusal(() =>
      session.createStaffAccount({
        login: 'soudan1',
        displayName: '相談 一郎',
        role: 'worker',
        password: '123456789012',
      }),
    );
    expect(created).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'password' }] });
    expect(slotsBefore()).toBe(before);
    const { db } = session.requireUnlocked(adminOnly);
    expect(db.select().from(staff).all()).toHaveLength(1);

    const worker = session.createStaffAccount({
      login: 'soudan1',
      displayName: '相談 一郎',
      role: 'worker',
      password: 'soudan-pass-1',
    });
    before = slotsBefore();
    expect(
      refusal(() =>
        session.withDataKey(adminOnly, (h) => resetStaffPassword(h, worker.id, 'soudan1soudan1')),
      ),
    ).toMatchObject({ code: 'VALIDATION' });
    expect(slotsBefore()).toBe(before);

    session.withDataKey(adminOnly, (h) => disableStaffAccount(h, worker.id));
    before = slotsBefore();
    expect(
      refusal(() =>
        session.withDataKey(adminOnly, (h) => enableStaffAccount(h, worker.id, 'passwordpassword')),
      ),
    ).toMatchObject({ code: 'VALIDATION' });
    expect(slotsBefore()).toBe(before);

    expect(
      refusal(() =>
        session.withDataKey(adminOnly, (h) => changeOwnPassword(h, adminPassword, '            ')),
      ),
    ).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'newPassword' }] });
    expect(slotsBefore()).toBe(before);

    session.logout();
    expect(refusal(() => session.recover(recoveryKey, adminLogin, 'kanrikanri12'))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'newPassword' }],
    });
    expect(slotsBefore()).toBe(before);
    // The old password still opens: nothing was half-changed.
    session.login(adminLogin, adminPassword);
  });

  it('a password set before the policy keeps working (checked only when set)', () => {
    const fixture = setUpSession();
    cleanups.push(fixture.cleanup);
    const { session, clock } = fixture;
    const worker = session.createStaffAccount({
      login: 'soudan1',
      displayName: '相談 一郎',
      role: 'worker',
      password: 'soudan-pass-1',
    });
    // As an older version would have written it: an 8-character password in the slot.
    session.withDataKey(adminOnly, (h) =>
      editKeySlotFile(h.paths.keySlots, (file) =>
        withPasswordSlot(
          file,
          h.dataKey,
          { staffId: worker.id, login: 'soudan1' },
          'password',
          clock,
        ),
      ),
    );
    session.logout();
    expect(session.login('soudan1', 'password')).toMatchObject({ staffId: worker.id });
  });
});
