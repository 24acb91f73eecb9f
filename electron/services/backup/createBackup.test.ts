import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditLog } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import { adminOnly } from '../../contract/roles';
import { readBackupHeader } from './backupFile';
import { isBackupDue } from './backupSchedule';
import { readBackupSettings } from './backupSettings';
import { backupStatus, configureBackups, listBackups } from './backupStatus';
import { caseNumbers, setUpBackups } from './backup.testing';
import { createBackup } from './createBackup';

const cleanups: Array<() => void> = [];
afterEach(() => {
  vi.restoreAllMocks();
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

describe('createBackup', () => {
  it('writes one encrypted file with the key slots, verifies it, records and audits it', () => {
    const { session, folder } = setUpBackups(cleanups);
    const result = session.withDataKey(adminOnly, (h) =>
      createBackup(h, { kind: 'folder' }, { auto: false }),
    );
    expect(result.fileName).toBe('kasane-backup-20260401-090000.kasanebackup');
    expect(fs.readdirSync(folder)).toEqual([result.fileName]);
    const { header, dataOffset } = readBackupHeader(result.file);
    expect(header.tables.support_case).toBe(3);
    expect(header.keySlots.slots.map((s) => s.kind).sort()).toEqual(['password', 'recovery']);
    // The database part is the encrypted file: no SQLite header, no names in clear.
    const bytes = fs.readFileSync(result.file);
    expect(bytes.subarray(dataOffset, dataOffset + 16).toString('latin1')).not.toContain('SQLite');
    expect(bytes.includes(Buffer.from('山田', 'utf8'))).toBe(false);

    const { db } = session.requireUnlocked(adminOnly);
    expect(readBackupSettings(db, session.paths).lastVerified).toMatchObject({
      fileName: result.fileName,
      at: '2026-04-01T00:00:00.000Z',
    });
    const last = db.select().from(auditLog).all().at(-1);
    expect(last?.action).toBe('backup.create');
    expect(listBackups(db, session.paths)).toEqual([
      { fileName: result.fileName, createdAt: '2026-04-01T00:00:00.000Z', bytes: result.bytes },
    ]);
  });

  it('keeps the configured number of backups and deletes only its own older files', () => {
    const { session, clock, folder } = setUpBackups(cleanups);
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a backup');
    const { db, actor } = session.requireUnlocked(adminOnly);
    configureBackups(db, actor, clock, { keep: 2 });
    const names: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      clock.advance(60_000);
      names.push(
        session.withDataKey(adminOnly, (h) => createBackup(h, { kind: 'folder' }, { auto: true }))
          .fileName,
      );
    }
    expect(fs.readdirSync(folder).sort()).toEqual([...names.slice(2), 'notes.txt'].sort());
  });

  it('on a full disk says so in Japanese, leaves no file, records the failure, changes no data', () => {
    const { session, folder } = setUpBackups(cleanups);
    const before = caseNumbers(session);
    const realWrite = fs.writeSync.bind(fs);
    let written = 0;
    // The OS is mocked, the database never: the backup file's writes fail after 64 KiB.
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: never, ...rest: never[]) => {
      const target = fs.readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(folder)) {
        written += 1;
        if (written > 3)
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }
      return realWrite(fd, data, ...rest);
    }) as typeof fs.writeSync);
    const error = errorOf(() =>
      session.withDataKey(adminOnly, (h) => createBackup(h, { kind: 'folder' }, { auto: true })),
    );
    vi.restoreAllMocks();
    expect(error.code).toBe('DISK_FULL');
    expect(error.message).toContain('空き容量が足りません');
    expect(fs.readdirSync(folder)).toEqual([]);
    const { db } = session.requireUnlocked(adminOnly);
    const status = backupStatus(db, session.paths, { now: () => new Date() }, false);
    expect(status.lastVerified).toBeNull();
    expect(status.lastFailure?.message).toContain('空き容量');
    expect(db.select().from(auditLog).all().at(-1)?.action).toBe('backup.failed');
    // Only the failure was recorded and audited; the data is as it was, and whole.
    expect(caseNumbers(session)).toEqual(before);
    expect(
      session.withDataKey(adminOnly, (h) => h.sqlite.pragma('integrity_check', { simple: true })),
    ).toBe('ok');
  });

  it('refuses an --out file that exists and never overwrites it', () => {
    const { session, folder } = setUpBackups(cleanups);
    fs.mkdirSync(folder, { recursive: true });
    const existing = path.join(folder, 'mine.kasanebackup');
    fs.writeFileSync(existing, 'keep me');
    const error = errorOf(() =>
      session.withDataKey(adminOnly, (h) =>
        createBackup(h, { kind: 'file', path: existing }, { auto: false }),
      ),
    );
    expect(error.code).toBe('CONFLICT');
    expect(fs.readFileSync(existing, 'utf8')).toBe('keep me');
  });
});

describe('the daily backup', () => {
  it('is due once per day in Japan, and an hour after a failure', () => {
    const base = { folder: '/x', isDefaultFolder: false, keep: 14, lastFailure: null };
    const at = (iso: string) => new Date(iso);
    expect(isBackupDue({ ...base, lastVerified: null }, at('2026-04-01T00:00:00Z'))).toBe(true);
    const lastVerified = { at: '2026-04-01T14:00:00Z', fileName: 'x', bytes: 1 };
    // 23:00 on 4月1日 in Japan: already done today.
    expect(isBackupDue({ ...base, lastVerified }, at('2026-04-01T14:59:00Z'))).toBe(false);
    // 00:00 on 4月2日 in Japan: due again.
    expect(isBackupDue({ ...base, lastVerified }, at('2026-04-01T15:00:00Z'))).toBe(true);
    const lastFailure = { at: '2026-04-01T15:10:00Z', message: 'x' };
    expect(isBackupDue({ ...base, lastVerified, lastFailure }, at('2026-04-01T16:09:00Z'))).toBe(
      false,
    );
    expect(isBackupDue({ ...base, lastVerified, lastFailure }, at('2026-04-01T16:10:00Z'))).toBe(
      true,
    );
  });

  it('is made by the session when due, not counted as activity, and warns on ホーム after 7 days', () => {
    const { session, clock, folder } = setUpBackups(cleanups);
    expect(session.backupIfDue()?.fileName).toMatch(/^kasane-backup-20260401-/);
    expect(session.backupIfDue()).toBeNull();
    clock.advance(5 * 60_000);
    expect(session.backupIfDue()).toBeNull();
    const { db } = session.requireUnlocked(adminOnly);
    clock.advance(8 * 24 * 60 * 60_000);
    expect(backupStatus(db, session.paths, clock, false)).toMatchObject({
      daysSinceLastVerified: 8,
      stale: true,
    });
    // Eight days idle: no backup, and the lock is left to the idle watcher (it reloads the screen).
    expect(session.backupIfDue()).toBeNull();
    expect(session.status()).toMatchObject({ session: { state: 'unlocked' } });
    expect(fs.readdirSync(folder)).toHaveLength(1);
  });
});
