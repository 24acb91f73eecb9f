import fs from 'node:fs';
import path from 'node:path';
import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import type { BackupEntry, BackupStatus } from '../../contract/schemas/backup';
import type { DataPaths } from '../app/dataPaths';
import { fileError } from '../app/fileErrors';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { readBackupHeader } from './backupFile';
import { listBackupNames } from './backupNames';
import { daysSinceBackup, staleAfterDays } from './backupSchedule';
import { readBackupSettings, writeBackupFolder, writeBackupKeep } from './backupSettings';

/** The backup state for the 管理 screen and ホーム. */
export function backupStatus(
  db: ReadDb,
  paths: DataPaths,
  clock: Clock,
  canChooseFiles: boolean,
): BackupStatus {
  const settings = readBackupSettings(db, paths);
  const days = daysSinceBackup(settings, clock.now());
  return {
    ...settings,
    daysSinceLastVerified: days,
    stale: days === null || days > staleAfterDays,
    canChooseFiles,
  };
}

/** Kasane's backups in the configured folder, newest first, with their header's time. */
export function listBackups(db: ReadDb, paths: DataPaths): BackupEntry[] {
  const { folder } = readBackupSettings(db, paths);
  return listBackupNames(folder).map((fileName) => {
    const file = path.join(folder, fileName);
    let createdAt: string | null = null;
    try {
      createdAt = readBackupHeader(file).header.createdAt;
    } catch {
      // Listed anyway, marked unreadable: the 管理者 should see that something is wrong with it.
    }
    return { fileName, createdAt, bytes: fs.statSync(file).size };
  });
}

/**
 * Changes where backups go or how many are kept (audited). A new folder must exist or be
 * creatable and writable now, not at tonight's backup.
 */
export function configureBackups(
  db: Db,
  actor: Actor,
  clock: Clock,
  change: { folder?: string; keep?: number },
): void {
  if (change.folder !== undefined) {
    try {
      fs.mkdirSync(change.folder, { recursive: true, mode: 0o700 });
      fs.accessSync(change.folder, fs.constants.W_OK);
    } catch (error) {
      throw fileError(error, 'バックアップの保存先', change.folder);
    }
  }
  withTransaction(db, (tx) => {
    const at = clock.now();
    const stamp = { at, by: actor.staffId };
    if (change.folder !== undefined) writeBackupFolder(tx, change.folder, stamp);
    if (change.keep !== undefined) writeBackupKeep(tx, change.keep, stamp);
    appendAudit(tx, { at, actor, action: 'backup.configure', detail: change });
  });
}
