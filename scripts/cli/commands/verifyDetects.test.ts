import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { buildConsent, buildPersonWithCase } from '../../../db/testing/caseBuilders';
import { dataPaths } from '../../../electron/services/app/dataPaths';
import {
  adminEnv,
  auditActions,
  initializedDataDir,
  openAsAdmin,
  runCliForTest,
} from '../cli.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const verify = (dir: string, env: NodeJS.ProcessEnv = adminEnv) =>
  runCliForTest(['verify', '--data', dir], { env });

describe('cli verify finds damage', () => {
  it('detects a changed audit row (triggers dropped by someone holding the key) and names its id', async () => {
    const dir = await initializedDataDir(cleanups);
    const opened = openAsAdmin(dir);
    try {
      opened.sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
      const id = opened.sqlite
        .prepare("SELECT id FROM audit_log WHERE action = 'auth.login'")
        .pluck()
        .get();
      opened.sqlite.prepare(`UPDATE audit_log SET actor_name = '別人' WHERE id = ?`).run(id);
      expect(id).toBe(2);
    } finally {
      opened.close();
    }
    const run = await verify(dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('整合性（integrity_check）: OK');
    expect(run.stdout).toContain('監査ログの連鎖: 異常 1 件');
    expect(run.stdout).toContain('行 ID 2（2 行目）: 記録の内容が書き換えられています');
    expect(run.stdout).toContain('結果: 異常が見つかりました');
    expect(run.stderr).toContain('検査で異常が見つかりました');
    const verifyRow = auditActions(dir).find((r) => r.action === 'db.verify');
    expect(JSON.parse(verifyRow!.detail)).toMatchObject({
      result: 'problems',
      auditProblemIds: [2],
    });
  });

  it('names a removed audit row by id and where it was', async () => {
    const dir = await initializedDataDir(cleanups);
    const opened = openAsAdmin(dir);
    try {
      opened.sqlite.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2;');
    } finally {
      opened.close();
    }
    const run = await verify(dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('行 ID 2 が削除されています（1 行目と 2 行目の間）');
  });

  it('lists rows whose foreign key points at nothing', async () => {
    const dir = await initializedDataDir(cleanups);
    const opened = openAsAdmin(dir);
    try {
      opened.sqlite.pragma('foreign_keys = OFF');
      opened.sqlite.exec(
        'CREATE TABLE t_child (id INTEGER PRIMARY KEY, staff_id INTEGER REFERENCES staff(id)); INSERT INTO t_child VALUES (7, 999);',
      );
    } finally {
      opened.close();
    }
    const run = await verify(dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('外部キー（foreign_key_check）: 異常 1 件');
    expect(run.stdout).toContain('表 t_child の行 7: 参照先（staff）がありません');
    expect(run.stdout).toContain('監査ログの連鎖: OK');
  });

  it('exits 1 with a Japanese message, no stack, when the database file is damaged', async () => {
    const dir = await initializedDataDir(cleanups);
    const file = dataPaths(dir).database;
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 2, 4096 * 2 + 512);
    fs.writeFileSync(file, bytes);
    const run = await verify(dir);
    expect(run.code).toBe(1);
    // Where the damage lands depends on the schema's page layout: a damaged header page stops
    // the open, a damaged table page opens and fails the integrity check. Both must be named.
    expect(`${run.stdout}${run.stderr}`).toMatch(
      /データベースを開けませんでした|データベースの検査で異常|壊れている可能性があります|整合性（integrity_check）: 異常/,
    );
    expect(run.stderr).not.toMatch(/\bat .+:\d+/);
  });

  it('finds the case list count tables out of step with the rows, and --recount fixes them', async () => {
    const dir = await initializedDataDir(cleanups);
    const opened = openAsAdmin(dir);
    try {
      withTransaction(opened.db, (tx) => {
        const made = buildPersonWithCase(tx, { name: '山田 太郎' }, { fields: ['elderly'] });
        buildConsent(tx, {
          ...made,
          kind: 'jusouMeeting',
          state: 'given',
          recordedOn: '2026-04-01',
        });
      });
      // As a faulty migration or a hand edit might: one count off, one current consent lost.
      opened.sqlite.exec(`UPDATE case_field_count SET n = n + 5 WHERE field = 'elderly';
        DROP TRIGGER case_consent_count_delete; DELETE FROM consent_current;`);
    } finally {
      opened.close();
    }
    const run = await verify(dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('一覧の件数表: 異常 2 件');
    expect(run.stdout).toContain(
      'case_field_count（field=elderly, stage=intake, restricted=0）: 記録 6 件、数え直すと 1 件',
    );
    expect(run.stdout).toContain('kind=jusouMeeting, state=given）: 記録 0 件、数え直すと 1 件');
    expect(run.stdout).toContain('verify --recount で数え直せます');

    const fixed = await runCliForTest(['verify', '--recount', '--data', dir], { env: adminEnv });
    expect(fixed.stderr).toBe('');
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('ケース一覧の件数表を数え直しました（ずれていた数: 2）');
    expect(fixed.stdout).toContain('一覧の件数表: OK');
    const recount = auditActions(dir).find((r) => r.action === 'db.recount');
    expect(JSON.parse(recount!.detail)).toEqual({ fixed: 2 });
  });

  it('compares the chain with the head each backup recorded, and names the backup it lost', async () => {
    const dir = await initializedDataDir(cleanups);
    const backedUp = await runCliForTest(['backup', '--data', dir], { env: adminEnv });
    expect(backedUp.code).toBe(0);
    expect((await verify(dir)).stdout).toContain('バックアップとの照合: OK（1 個と照合）');
    const opened = openAsAdmin(dir);
    try {
      // A history cut short before the backup's last row (the rest could then be rewritten).
      opened.sqlite.exec(`DROP TRIGGER audit_log_no_delete;
        DELETE FROM audit_log WHERE id >= (SELECT min(id) FROM audit_log WHERE action = 'backup.create') - 1;`);
    } finally {
      opened.close();
    }
    const run = await verify(dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('バックアップとの照合: 異常 1 件（1 個と照合）');
    expect(run.stdout).toMatch(/バックアップ kasane-backup-[\d-]+\.kasanebackup（令和/u);
    expect(run.stdout).toContain('が今の監査ログにありません');
  });
});
