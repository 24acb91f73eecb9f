import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors';
import { adminOnly } from '../../contract/roles';
import { adminLogin, adminPassword, type setUpSession } from '../auth/sessionManager.testing';
import { SessionManager } from '../auth/sessionManager';
import { takeFolder } from '../auth/sessionDatabase';
import { addCases, caseNumbers, setUpBackups, sha256 } from './backup.testing';
import { readBackupHeader } from './backupFile';
import { readBackupSettings } from './backupSettings';
import { createBackup } from './createBackup';
import { prepareRestore, swapInRestore } from './restoreBackup';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** A folder with 3 cases, a verified backup of them, and 2 more cases made afterwards. */
function backedUpThenChanged() {
  const fixture = setUpBackups(cleanups);
  const { session, clock } = fixture;
  const backup = session.withDataKey(adminOnly, (h) =>
    createBackup(h, { kind: 'folder' }, { auto: false }),
  );
  const atBackup = caseNumbers(session);
  addCases(session, clock, 2);
  return { ...fixture, backup, atBackup };
}

function folderState(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      // The restore's own temporary files (dot files) and the login bookkeeping aside.
      .filter((name) => !/^(\.|login-attempts|pending-audit)/.test(name))
      .map((name) => [name, sha256(`${dir}/${name}`)]),
  );
}

describe('restore from the 管理 screen', () => {
  it('checks the backup, keeps the current files aside, swaps, and ends the session', () => {
    const { session, backup, atBackup, folder } = backedUpThenChanged();
    expect(caseNumbers(session)).toHaveLength(5);
    const result = session.restore(backup.file);
    expect(result.keySlots).toBe('kept');
    expect(result.setAside.some((n) => n.startsWith('kasane.db.before-restore-'))).toBe(true);
    expect(session.status()).toMatchObject({ session: { state: 'loggedOut' } });
    session.login(adminLogin, adminPassword);
    expect(caseNumbers(session)).toEqual(atBackup);
    // The restored database records its own restore, and its audit chain is whole.
    const actions = session.withDataKey(adminOnly, ({ sqlite }) =>
      sqlite.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all(),
    );
    expect(actions.slice(-2)).toEqual(['backup.restore', 'auth.login']);
    // The backup settings and the last verified backup survive the restore.
    const { db } = session.requireUnlocked(adminOnly);
    expect(readBackupSettings(db, session.paths)).toMatchObject({
      folder,
      isDefaultFolder: false,
      lastVerified: { fileName: backup.fileName },
    });
  });

  it('refuses a damaged backup before touching anything', () => {
    const { session, backup, dir } = backedUpThenChanged();
    const { dataOffset } = readBackupHeader(backup.file);
    const bytes = fs.readFileSync(backup.file);
    bytes[dataOffset + 5000] = (bytes[dataOffset + 5000] ?? 0) ^ 0xff;
    fs.writeFileSync(backup.file, bytes);
    const error = errorOf(() => session.restore(backup.file));
    expect(error.code).toBe('BACKUP_INVALID');
    expect(error.message).toContain('書き換えられています');
    expect(session.status()).toMatchObject({ session: { state: 'unlocked' } });
    expect(caseNumbers(session)).toHaveLength(5);
    session.lock();
    expect(Object.keys(folderState(dir)).sort()).toEqual(['kasane.db', 'kasane.keys.json']);
    expect(fs.readdirSync(dir).filter((n) => n.includes('restore'))).toEqual([]);
  });

  it('refuses the backup of another database (another data key)', () => {
    const { session } = backedUpThenChanged();
    const other = setUpBackups(cleanups);
    const foreign = other.session.withDataKey(adminOnly, (h) =>
      createBackup(h, { kind: 'folder' }, { auto: false }),
    );
    const error = errorOf(() => session.restore(foreign.file));
    expect(error.code).toBe('BACKUP_INVALID');
    expect(error.message).toContain('今の鍵では開けません');
  });
});

describe('a restore that fails half-way', () => {
  it('is undone at once: the folder is exactly as before', () => {
    const { session, backup, dir, paths } = withPaths(backedUpThenChanged());
    const prepared = session.withDataKey(adminOnly, (h) =>
      prepareRestore({
        paths,
        clock: h.clock,
        backupFile: backup.file,
        key: { kind: 'dataKey', dataKey: h.dataKey },
        actor: h.actor,
        channel: 'cli',
      }),
    );
    session.logout();
    const before = folderState(dir);
    let renames = 0;
    const failing = {
      rename: (from: string, to: string) => {
        renames += 1;
        if (renames === 2) throw new Error('EIO: i/o error, rename');
        fs.renameSync(from, to);
      },
    };
    const error = errorOf(() => swapInRestore(paths, prepared, failing));
    expect(error.message).toContain('元のデータに戻しました');
    const after = folderState(dir);
    // Only the copy of the key file kept aside remains as a trace.
    for (const name of Object.keys(after))
      if (!name.includes('before-restore')) expect(after[name]).toBe(before[name]);
    expect(
      Object.keys(after)
        .filter((n) => !n.includes('before-restore'))
        .sort(),
    ).toEqual(Object.keys(before).sort());
    session.login(adminLogin, adminPassword);
    expect(caseNumbers(session)).toHaveLength(5);
  });

  it('when even the undo fails (a crash), the next start puts the old files back', () => {
    const { session, backup, dir, paths, clock } = withPaths(backedUpThenChanged());
    const prepared = session.withDataKey(adminOnly, (h) =>
      prepareRestore({
        paths,
        clock: h.clock,
        backupFile: backup.file,
        key: { kind: 'dataKey', dataKey: h.dataKey },
        actor: h.actor,
        channel: 'cli',
      }),
    );
    session.logout();
    const before = folderState(dir);
    let renames = 0;
    const dying = {
      rename: (from: string, to: string) => {
        renames += 1;
        if (renames >= 2) throw new Error('the disk went away');
        fs.renameSync(from, to);
      },
    };
    const error = errorOf(() => swapInRestore(paths, prepared, dying));
    expect(error.message).toContain('次に Kasane を開いたときに元のデータに戻します');
    expect(fs.existsSync(paths.restoreJournal)).toBe(true);
    expect(fs.existsSync(paths.database)).toBe(false);

    // The next start: still looks set up (not the 初期設定 screen), and login settles it first.
    const next = new SessionManager({ dataDir: dir, clock, channel: 'desktop' });
    expect(next.status()).toMatchObject({ initialized: true });
    // Taking the folder (as every login does) settles the journal before anything opens.
    takeFolder(paths, 'desktop').release();
    const after = folderState(dir);
    for (const name of Object.keys(before)) expect(after[name], name).toBe(before[name]);
    expect(fs.existsSync(paths.restoreJournal)).toBe(false);
    next.login(adminLogin, adminPassword);
    expect(caseNumbers(next)).toHaveLength(5);
    next.logout();
  });
});

function withPaths<T extends { session: ReturnType<typeof setUpSession>['session'] }>(fixture: T) {
  return { ...fixture, paths: fixture.session.paths };
}
