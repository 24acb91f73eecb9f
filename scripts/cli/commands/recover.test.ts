import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { dataPaths } from '../../../electron/services/app/dataPaths';
import { readKeySlotFile, writeKeySlotFile } from '../../../electron/services/auth/keySlotFile';
import { tableCounts } from '../../../electron/services/backup/tableCounts';
import { adminEnv, openAsAdmin, runCliForTest, sha256, tempDataDir } from '../cli.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function countsWithoutAudit(dir: string): Record<string, number> {
  const opened = openAsAdmin(dir);
  try {
    const { audit_log: _audit, ...rest } = tableCounts(opened.sqlite);
    return rest;
  } finally {
    opened.close();
  }
}

describe('cli recover', () => {
  it('with every password slot deleted, the recovery key sets a new password and loses nothing', async () => {
    const { dir, recoveryKey } = await folderWithData();
    const before = countsWithoutAudit(dir);
    expect(before.support_case).toBeGreaterThan(0);

    const paths = dataPaths(dir);
    const file = readKeySlotFile(paths.keySlots);
    writeKeySlotFile(paths.keySlots, {
      ...file,
      slots: file.slots.filter((slot) => slot.kind === 'recovery'),
    });
    const locked = await runCliForTest(['verify', '--data', dir], { env: adminEnv });
    expect(locked.code).toBe(1);

    const run = await runCliForTest(['recover', '--data', dir], {
      env: {
        KASANE_USER: 'kanri',
        KASANE_PASSWORD: adminEnv.KASANE_PASSWORD,
        KASANE_RECOVERY_KEY: recoveryKey.toLowerCase(),
      },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('パスワードを設定し直しました');
    expect(countsWithoutAudit(dir)).toEqual(before);
    const verify = await runCliForTest(['verify', '--data', dir], { env: adminEnv });
    expect(verify.code).toBe(0);
    const opened = openAsAdmin(dir);
    try {
      const actions = opened.sqlite
        .prepare('SELECT action FROM audit_log ORDER BY id')
        .pluck()
        .all();
      expect(actions).toEqual(expect.arrayContaining(['auth.loginFailed', 'auth.recover']));
    } finally {
      opened.close();
    }
  });

  it('refuses a wrong recovery key (exit 1, Japanese) and changes no file', async () => {
    const { dir } = await folderWithData();
    const paths = dataPaths(dir);
    const before = [sha256(paths.database), sha256(paths.keySlots)];
    const run = await runCliForTest(['recover', '--data', dir], {
      env: { ...adminEnv, KASANE_RECOVERY_KEY: 'AAAA-BBBB-CCCC' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('回復キーが違います');
    expect([sha256(paths.database), sha256(paths.keySlots)]).toEqual(before);
    expect(fs.readFileSync(paths.pendingAudit, 'utf8')).toContain('wrongRecoveryKey');
  });

  it('without a recovery key and no terminal is a usage error that touches nothing', async () => {
    const { dir } = await folderWithData();
    const run = await runCliForTest(['recover', '--data', dir], { env: adminEnv });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('KASANE_RECOVERY_KEY');
  });
});

/** A folder set up through the CLI, with the recovery key it printed once, and demo data. */
async function folderWithData(): Promise<{ dir: string; recoveryKey: string }> {
  const dir = tempDataDir(cleanups);
  const init = await runCliForTest(['init', '--data', dir, '--municipality', 'みどり町'], {
    env: adminEnv,
  });
  const recoveryKey = /([A-Z2-9]{4}(?:-[A-Z2-9]{4}){12})/.exec(init.stdout)?.[1];
  if (!recoveryKey) throw new Error('no recovery key printed');
  const demo = await runCliForTest(['demo', '--data', dir, '--households', '4'], { env: adminEnv });
  expect(demo.code).toBe(0);
  return { dir, recoveryKey };
}
