import { afterEach, describe, expect, it } from 'vitest';
import { adminOnly } from '../../contract/roles';
import { adminLogin, adminPassword } from '../auth/sessionManager.testing';
import { checkAuditAgainstBackups, describeBackupHeadProblem } from './auditHeadsInBackups';
import { addCases, setUpBackups } from './backup.testing';
import { createBackup } from './createBackup';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

// Minutes apart: an hour would lock the session for being idle.
const step = 5 * 60_000;

/** 3 cases, a backup five minutes later, then 2 more cases. */
function backedUp() {
  const fixture = setUpBackups(cleanups);
  const { session, clock } = fixture;
  const backup = () => {
    clock.advance(step);
    return session.withDataKey(adminOnly, (h) =>
      createBackup(h, { kind: 'folder' }, { auto: false }),
    );
  };
  const first = backup();
  addCases(session, clock, 2);
  const check = () => {
    const { db } = session.requireUnlocked(adminOnly);
    return checkAuditAgainstBackups(db, session.paths);
  };
  /** Does to the chain what someone holding the data key could, bypassing the triggers. */
  const tamper = (statements: string) =>
    session.withDataKey(adminOnly, ({ sqlite }) => {
      sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
      sqlite.exec(statements);
    });
  return { ...fixture, first, backup, check, tamper };
}

describe('the audit chain against the heads recorded in backups', () => {
  it('finds the chain still holding every backup head', () => {
    const { check, backup } = backedUp();
    backup();
    expect(check()).toEqual({ checked: 2, skipped: 0, problems: [] });
  });

  it('names the backup whose last row now has another hash (a rewritten history)', () => {
    const { check, first, tamper } = backedUp();
    tamper(`UPDATE audit_log SET hash = 'rehashed' WHERE id = (
      SELECT id FROM audit_log WHERE action = 'backup.create' ORDER BY id LIMIT 1) - 1`);
    const report = check();
    expect(report.checked).toBe(1);
    expect(report.problems).toEqual([
      expect.objectContaining({ fileName: first.fileName, kind: 'changed' }),
    ]);
    const [problem] = report.problems;
    expect(problem && describeBackupHeadProblem(problem)).toMatch(
      /^バックアップ kasane-backup-.*（令和8年4月1日（水）09:05）に記録された最後の監査ログの行 ID \d+ が今の監査ログでは別の内容です/u,
    );
  });

  it('names the backup whose last row is gone (a chain cut short and rewritten)', () => {
    const { check, tamper } = backedUp();
    tamper(`DELETE FROM audit_log WHERE id >= (
      SELECT id FROM audit_log WHERE action = 'backup.create' ORDER BY id LIMIT 1) - 1`);
    expect(check().problems).toEqual([expect.objectContaining({ kind: 'missing' })]);
  });

  it('skips the backups a restore went back past, and checks those made since', () => {
    const { session, clock, check, first, backup } = backedUp();
    backup(); // then the restore goes back past it
    clock.advance(step);
    session.restore(first.file);
    session.login(adminLogin, adminPassword);
    addCases(session, clock, 1);
    // The abandoned backup's last row id is now another row of the new history.
    expect(check()).toEqual({ checked: 1, skipped: 1, problems: [] });
    backup();
    expect(check()).toEqual({ checked: 2, skipped: 1, problems: [] });
  });
});
