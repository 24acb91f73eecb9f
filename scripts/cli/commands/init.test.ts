import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataPaths } from '../../../electron/services/app/dataPaths';
import { readKeySlotFile } from '../../../electron/services/auth/keySlotFile';
import { openRecoverySlot } from '../../../electron/services/auth/keySlots';
import { adminEnv, auditActions, runCliForTest, sha256, tempDataDir } from '../cli.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const recoveryKeyPattern = /^ {6}([A-Z2-9]{4}(?:-[A-Z2-9]{4}){12})$/m;

describe('cli init', () => {
  it('creates the encrypted database and key file, prints the recovery key once, exit 0', async () => {
    const dir = tempDataDir(cleanups);
    const run = await runCliForTest(
      ['init', '--data', dir, '--municipality', 'みどり町', '--name', '管理 太郎'],
      { env: adminEnv },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const paths = dataPaths(dir);
    expect(fs.existsSync(paths.database)).toBe(true);
    expect(fs.existsSync(paths.keySlots)).toBe(true);
    expect(run.stdout).toContain(`データフォルダ:     ${paths.dir}`);
    expect(run.stdout).toContain('管理者のログイン名: kanri（表示名: 管理 太郎）');
    expect(run.stdout).toContain('この一度しか表示されません');
    expect(run.stdout).toContain('印刷');
    // The printed key really is the recovery key: it opens the recovery slot.
    const recoveryKey = recoveryKeyPattern.exec(run.stdout)?.[1];
    expect(recoveryKey).toBeDefined();
    expect(openRecoverySlot(readKeySlotFile(paths.keySlots), recoveryKey!)).not.toBeNull();
    expect(auditActions(dir).map((r) => r.action)).toEqual([
      'setup.init',
      'auth.login',
      'auth.logout',
    ]);
    expect(auditActions(dir)[1]?.detail).toContain('"channel":"cli"');
  });

  it('refuses a folder that is already set up: exit 1, すでに設定済み, files unchanged', async () => {
    const dir = tempDataDir(cleanups);
    const args = ['init', '--data', dir, '--municipality', 'みどり町'];
    expect((await runCliForTest(args, { env: adminEnv })).code).toBe(0);
    const paths = dataPaths(dir);
    const before = [sha256(paths.database), sha256(paths.keySlots)];
    const again = await runCliForTest(args, { env: adminEnv });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('すでに設定済み');
    expect(again.stderr).not.toMatch(/\bat .+:\d+/); // no stack trace
    expect(again.stdout).toBe('');
    expect([sha256(paths.database), sha256(paths.keySlots)]).toEqual(before);
  });

  it('takes the folder from KASANE_DATA_DIR when --data is not given; display name defaults to the login', async () => {
    const dir = tempDataDir(cleanups);
    const run = await runCliForTest(['init', '--municipality', 'みどり町'], {
      env: { ...adminEnv, KASANE_DATA_DIR: dir },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('管理者のログイン名: kanri（表示名: kanri）');
    expect(fs.existsSync(path.join(dir, 'kasane.db'))).toBe(true);
  });

  it('takes a relative --data from the folder npm was started in (INIT_CWD), not the repository', async () => {
    const dir = tempDataDir(cleanups);
    const run = await runCliForTest(['init', '--data', 'data', '--municipality', 'みどり町'], {
      env: { ...adminEnv, INIT_CWD: path.dirname(dir) },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`データフォルダ:     ${dir}`);
    expect(fs.existsSync(path.join(dir, 'kasane.keys.json'))).toBe(true);
  });

  it('on a terminal asks for the municipality, login and the password twice, echoing no password', async () => {
    const dir = tempDataDir(cleanups);
    const run = await runCliForTest(['init', '--data', dir], {
      tty: true,
      input: 'さくら村\nsakura\nhimitsu-pass-9\nhimitsu-pass-9\n',
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('自治体名: ');
    expect(run.stderr).toContain('ログイン名: ');
    expect(run.stderr).toContain('パスワード: ');
    expect(run.stderr).toContain('パスワード（確認のためもう一度）: ');
    expect(run.stderr).not.toContain('himitsu');
    expect(run.stdout).toContain('自治体名:           さくら村');
    expect(run.stdout).toContain('管理者のログイン名: sakura');
    const verify = await runCliForTest(['verify', '--data', dir], {
      env: { KASANE_USER: 'sakura', KASANE_PASSWORD: 'himitsu-pass-9' },
    });
    expect(verify.code).toBe(0);
  });

  it('on a terminal refuses two different passwords: exit 2, nothing created', async () => {
    const dir = tempDataDir(cleanups);
    const run = await runCliForTest(['init', '--data', dir, '--municipality', 'みどり町'], {
      tty: true,
      input: 'kanri\nfirst-password\nsecond-password\n',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('パスワードが一致しません');
    expect(fs.existsSync(dir)).toBe(false);
  });

  it.each([
    ['Ctrl+C', '\u0003'],
    ['Ctrl+D', '\u0004'],
  ])(
    'on a terminal, %s at the password prompt cancels: exit 130, nothing created',
    async (_key, input) => {
      const dir = tempDataDir(cleanups);
      const run = await runCliForTest(['init', '--data', dir, '--municipality', 'みどり町'], {
        tty: true,
        input: `kanri\n${input}`,
      });
      expect(run.code).toBe(130);
      expect(run.stderr).toContain('入力が中止されました');
      expect(fs.existsSync(dir)).toBe(false);
    },
  );
});
