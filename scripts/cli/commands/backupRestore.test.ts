import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackupHeader } from '../../../electron/services/backup/backupFile';
import { tableCounts } from '../../../electron/services/backup/tableCounts';
import { SessionManager } from '../../../electron/services/auth/sessionManager';
import { systemClock } from '../../../electron/services/clock';
import {
  adminEnv,
  adminLogin,
  adminPassword,
  openAsAdmin,
  runCliForTest,
  tempDataDir,
} from '../cli.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const cli = (args: string[], env: NodeJS.ProcessEnv = adminEnv) => runCliForTest(args, { env });

function counts(dir: string): Record<string, number> {
  const opened = openAsAdmin(dir);
  try {
    return tableCounts(opened.sqlite);
  } finally {
    opened.close();
  }
}

/** init (keeping the printed recovery key) and demo data, through the CLI. */
async function demoFolder(): Promise<{ dir: string; recoveryKey: string }> {
  const dir = tempDataDir(cleanups);
  const init = await cli(['init', '--data', dir, '--municipality', 'みどり町']);
  const recoveryKey = /([A-Z2-9]{4}(?:-[A-Z2-9]{4}){12})/.exec(init.stdout)?.[1] ?? '';
  expect((await cli(['demo', '--data', dir, '--households', '12'])).code).toBe(0);
  return { dir, recoveryKey };
}

describe('cli backup → restore → verify on demo data', () => {
  it('restores exactly what was backed up, keeps the later database aside, and verify passes', async () => {
    const { dir } = await demoFolder();
    const out = path.join(path.dirname(dir), 'nightly.kasanebackup');
    const backup = await cli(['backup', '--data', dir, '--out', out]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain('開き直して検査しました');
    const atBackup = readBackupHeader(out).header.tables;

    expect((await cli(['demo', '--data', dir, '--households', '3', '--seed', '9'])).code).toBe(0);
    expect(counts(dir).support_case).toBeGreaterThan(atBackup.support_case ?? 0);

    const restore = await cli(['restore', '--data', dir, out]);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('検査して復元しました');
    expect(restore.stdout).toContain('鍵ファイルは今のものを使います');
    // Everything as backed up, plus the restore's own audit row and the record that a verified
    // backup exists (the restored database would otherwise say none was ever made).
    const { audit_log: auditAfter, setting: settingsAfter, ...restored } = counts(dir);
    const { audit_log: auditBefore, setting: settingsBefore, ...expected } = atBackup;
    expect(restored).toEqual(expected);
    expect(auditAfter).toBe((auditBefore ?? 0) + 1);
    expect(settingsAfter).toBeGreaterThan(settingsBefore ?? 0);
    expect(fs.readdirSync(dir).filter((n) => n.includes('before-restore'))).toHaveLength(2);

    const verify = await cli(['verify', '--data', dir]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('結果: 異常はありません。');
  });

  it('restores onto a new PC (an empty folder) with the recovery key, with the backup’s key file', async () => {
    const { dir, recoveryKey } = await demoFolder();
    const out = path.join(path.dirname(dir), 'copy.kasanebackup');
    expect((await cli(['backup', '--data', dir, '--out', out])).code).toBe(0);
    const fresh = tempDataDir(cleanups);
    const restore = await cli(['restore', '--data', fresh, out], {
      KASANE_RECOVERY_KEY: recoveryKey,
    });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('鍵ファイルはバックアップのもの');
    const verify = await cli(['verify', '--data', fresh]);
    expect(verify.code).toBe(0);
  });

  it('refuses a wrong password, a non-backup file and a folder in use — changing nothing', async () => {
    const { dir } = await demoFolder();
    const out = path.join(path.dirname(dir), 'b.kasanebackup');
    expect((await cli(['backup', '--data', dir, '--out', out])).code).toBe(0);
    const names = fs.readdirSync(dir).sort();

    const wrong = await cli(['restore', '--data', dir, out], {
      ...adminEnv,
      KASANE_PASSWORD: 'nope-nope',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('パスワードが違います');

    const notBackup = path.join(path.dirname(dir), 'note.kasanebackup');
    fs.writeFileSync(notBackup, 'hello');
    const invalid = await cli(['restore', '--data', dir, notBackup]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('バックアップファイルとして読めません');

    const app = new SessionManager({ dataDir: dir, clock: systemClock, channel: 'desktop' });
    app.login(adminLogin, adminPassword);
    try {
      const busy = await cli(['restore', '--data', dir, out]);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain('ほかの Kasane（デスクトップ版');
      const busyBackup = await cli(['backup', '--data', dir, '--out', `${out}.2.kasanebackup`]);
      expect(busyBackup.code).toBe(1);
      expect(busyBackup.stderr).toContain('使用中');
    } finally {
      app.logout();
    }
    expect(fs.readdirSync(dir).sort()).toEqual(names);
  });
});
