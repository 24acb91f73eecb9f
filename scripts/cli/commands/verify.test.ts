import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { dataPaths } from '../../../electron/services/app/dataPaths';
import {
  addWorkerAccount,
  adminEnv,
  adminPassword,
  auditActions,
  initializedDataDir,
  runCliForTest,
  sha256,
  tempDataDir,
} from '../cli.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const verify = (dir: string, env: NodeJS.ProcessEnv = adminEnv) =>
  runCliForTest(['verify', '--data', dir], { env });

describe('cli verify', () => {
  it('reports every check OK, exit 0, and records the login, the verification and the logout', async () => {
    const dir = await initializedDataDir(cleanups);
    const run = await verify(dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('整合性（integrity_check）: OK');
    expect(run.stdout).toContain('外部キー（foreign_key_check）: OK');
    expect(run.stdout).toContain('監査ログの連鎖: OK（4 行を確認）');
    expect(run.stdout).toContain('結果: 異常はありません。');
    const rows = auditActions(dir);
    expect(rows.slice(-3).map((r) => r.action)).toEqual(['auth.login', 'db.verify', 'auth.logout']);
    expect(JSON.parse(rows.at(-2)!.detail)).toMatchObject({
      result: 'ok',
      auditRows: 4,
      auditProblems: 0,
    });
  });

  it('with a wrong password exits 1 naming the password, and changes neither file', async () => {
    const dir = await initializedDataDir(cleanups);
    const paths = dataPaths(dir);
    const before = [sha256(paths.database), sha256(paths.keySlots)];
    const run = await verify(dir, { ...adminEnv, KASANE_PASSWORD: 'not-the-password' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('パスワード');
    expect(run.stderr).not.toMatch(/\bat .+:\d+/);
    expect(run.stdout).toBe('');
    expect([sha256(paths.database), sha256(paths.keySlots)]).toEqual(before);
    // The failed attempt waits beside the database and enters the chain at the next login.
    expect(fs.existsSync(paths.pendingAudit)).toBe(true);
    expect((await verify(dir)).code).toBe(0);
    expect(auditActions(dir).map((r) => r.action)).toContain('auth.loginFailed');
  });

  it('is for 管理者 only: a 相談員 logs in (audited) but is refused, exit 1', async () => {
    const dir = await initializedDataDir(cleanups);
    addWorkerAccount(dir, 'soudan');
    const run = await verify(dir, { KASANE_USER: 'soudan', KASANE_PASSWORD: adminPassword });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('管理者のアカウントで');
    expect(
      auditActions(dir)
        .map((r) => r.action)
        .slice(-2),
    ).toEqual(['auth.login', 'auth.logout']);
  });

  it('exits 1 with a Japanese message for a missing or not set-up folder', async () => {
    const missing = tempDataDir(cleanups);
    const noFolder = await verify(missing);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toContain('データフォルダが見つかりません');
    fs.mkdirSync(missing);
    const empty = await verify(missing);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('まだ初期設定されていません');
    expect(fs.readdirSync(missing)).toEqual([]);
  });

  it('exits 1 with a Japanese message when the key file is damaged', async () => {
    const dir = await initializedDataDir(cleanups);
    fs.writeFileSync(dataPaths(dir).keySlots, '{"format":');
    const run = await verify(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('鍵ファイルが壊れています');
  });

  it('on a terminal asks for the login and a hidden password', async () => {
    const dir = await initializedDataDir(cleanups);
    const run = await runCliForTest(['verify', '--data', dir], {
      tty: true,
      input: `kanri\n${adminPassword}\n`,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('ログイン名: ');
    expect(run.stderr).toContain('パスワード: ');
    expect(run.stderr).not.toContain(adminPassword);
  });
});
