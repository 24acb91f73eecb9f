import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { withTransaction } from '../../../db/database';
import { lastAuditRow } from '../../../db/repositories/auditRepository';
import { AppError } from '../../contract/errors';
import { fileError } from '../app/fileErrors';
import { appendAudit } from '../audit/appendAudit';
import type { KeyHolder } from '../auth/keyHolder';
import { readKeySlotFile } from '../auth/keySlotFile';
import { writeBackupFile, extractDatabase, hashFile, type BackupHeader } from './backupFile';
import { backupFileName, pruneBackups } from './backupNames';
import { readBackupSettings, recordFailedBackup, recordVerifiedBackup } from './backupSettings';
import { checkDatabaseCopy } from './checkDatabaseCopy';
import { tableCounts } from './tableCounts';

/** Into the configured folder (daily and the 管理 button; old ones pruned) or to a named file (CLI). */
export type BackupTarget = { kind: 'folder' } | { kind: 'file'; path: string };

export type BackupResult = {
  file: string;
  fileName: string;
  bytes: number;
  createdAt: string;
  durationMs: number;
  /** Older backups deleted to keep the configured number. */
  removed: string[];
};

/**
 * Makes a verified backup while the database is open and in use: VACUUM INTO writes a
 * consistent, encrypted copy (same key; better-sqlite3's page backup refuses encrypted
 * databases), it is packed with the key slots into one file, and then that file is read back —
 * its database extracted, opened, integrity_check'ed and its rows per table compared with the
 * source's. Only then is it renamed into place, recorded as the last verified backup and
 * audited. Any failure leaves no file that looks like a backup, is audited as backup.failed
 * and comes back as a Japanese error (a full disk says so).
 */
export function createBackup(
  holder: KeyHolder,
  target: BackupTarget,
  options: { auto: boolean },
): BackupResult {
  const { db, sqlite, actor, clock, paths, dataKey } = holder;
  const started = clock.now();
  const settings = readBackupSettings(db, paths);
  const folder = target.kind === 'folder' ? settings.folder : path.dirname(target.path);
  const scratch = path.join(folder, `.kasane-backup-${crypto.randomUUID()}`);
  const temps = [`${scratch}.db`, `${scratch}.check.db`, `${scratch}.tmp`];
  try {
    try {
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw fileError(error, 'バックアップの保存先', folder);
    }
    const finalPath =
      target.kind === 'folder' ? path.join(folder, backupFileName(folder, started)) : target.path;
    if (fs.existsSync(finalPath)) {
      throw new AppError('CONFLICT', `同じ名前のファイルがすでにあります: ${finalPath}`);
    }
    // Same process, no await in between: no write can come between the counts and the copy.
    const tables = tableCounts(sqlite);
    const head = lastAuditRow(db);
    const [copy = '', check = '', packed = ''] = temps;
    try {
      sqlite.prepare('VACUUM INTO ?').run(copy);
      const header: BackupHeader = {
        format: 'kasane-backup',
        version: 1,
        createdAt: started.toISOString(),
        databaseId: readKeySlotFile(paths.keySlots).databaseId,
        keySlots: readKeySlotFile(paths.keySlots),
        tables,
        auditHead: head ? { id: head.id, hash: head.hash } : null,
        database: hashFile(copy),
      };
      writeBackupFile(packed, header, copy);
      fs.rmSync(copy, { force: true });
    } catch (error) {
      throw fileError(error, 'バックアップの保存先', folder);
    }
    // Read back what is on the disk, not what was meant to be written.
    extractDatabase(packed, check);
    checkDatabaseCopy(check, dataKey, tables);
    fs.rmSync(check, { force: true });
    fs.renameSync(packed, finalPath);
    const bytes = fs.statSync(finalPath).size;
    const fileName = path.basename(finalPath);
    const removed = target.kind === 'folder' ? pruneBackups(folder, settings.keep) : [];
    withTransaction(db, (tx) => {
      const at = clock.now();
      recordVerifiedBackup(
        tx,
        { at: started.toISOString(), fileName, bytes },
        { at, by: actor.staffId },
      );
      appendAudit(tx, {
        at,
        actor,
        action: 'backup.create',
        detail: {
          fileName,
          bytes,
          tables: Object.keys(tables).length,
          auto: options.auto,
          removed,
        },
      });
    });
    const durationMs = clock.now().getTime() - started.getTime();
    return {
      file: finalPath,
      fileName,
      bytes,
      createdAt: started.toISOString(),
      durationMs,
      removed,
    };
  } catch (error) {
    for (const temp of temps) fs.rmSync(temp, { force: true });
    const failure =
      error instanceof AppError ? error : fileError(error, 'バックアップの保存先', folder);
    recordFailure(holder, failure, options.auto);
    throw failure;
  }
}

function recordFailure(holder: KeyHolder, failure: AppError, auto: boolean): void {
  const { db, actor, clock } = holder;
  try {
    withTransaction(db, (tx) => {
      const at = clock.now();
      recordFailedBackup(
        tx,
        { at: at.toISOString(), message: failure.message },
        { at, by: actor.staffId },
      );
      appendAudit(tx, { at, actor, action: 'backup.failed', detail: { code: failure.code, auto } });
    });
  } catch {
    // The database itself cannot be written (the same full disk): the error above says enough.
  }
}
