import path from 'node:path';
import type { ReadDb, WriteTx } from '../../../db/database';
import { readSetting, writeSetting } from '../../../db/repositories/settingRepository';
import type { DataPaths } from '../app/dataPaths';

/** The last backup that was written, reopened and checked. */
export type VerifiedBackup = { at: string; fileName: string; bytes: number };
export type FailedBackup = { at: string; message: string };

/** Where daily backups go and how many are kept; what happened last. */
export type BackupSettings = {
  folder: string;
  /** The folder inside the data folder used until a 管理者 chooses another (same disk!). */
  isDefaultFolder: boolean;
  keep: number;
  lastVerified: VerifiedBackup | null;
  lastFailure: FailedBackup | null;
};

export const defaultKeep = 14;
const keys = {
  folder: 'backup.folder',
  keep: 'backup.keep',
  lastVerified: 'backup.lastVerified',
  lastFailure: 'backup.lastFailure',
} as const;

/** The default folder: `backups` inside the data folder, until a 管理者 chooses a safer one. */
export function defaultBackupFolder(paths: DataPaths): string {
  return path.join(paths.dir, 'backups');
}

function parsed<T>(text: string | undefined, check: (value: unknown) => value is T): T | null {
  if (text === undefined) return null;
  try {
    const value: unknown = JSON.parse(text);
    return check(value) ? value : null;
  } catch {
    return null;
  }
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isKeep = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 365;
const isVerified = (v: unknown): v is VerifiedBackup =>
  typeof v === 'object' && v !== null && typeof (v as VerifiedBackup).at === 'string';
const isFailure = (v: unknown): v is FailedBackup =>
  typeof v === 'object' && v !== null && typeof (v as FailedBackup).message === 'string';

export function readBackupSettings(db: ReadDb, paths: DataPaths): BackupSettings {
  const folder = parsed(readSetting(db, keys.folder), isString);
  return {
    folder: folder ?? defaultBackupFolder(paths),
    isDefaultFolder: folder === null,
    keep: parsed(readSetting(db, keys.keep), isKeep) ?? defaultKeep,
    lastVerified: parsed(readSetting(db, keys.lastVerified), isVerified),
    lastFailure: parsed(readSetting(db, keys.lastFailure), isFailure),
  };
}

type Stamp = { at: Date; by: number | null };
const put = (tx: WriteTx, key: string, value: unknown, stamp: Stamp) =>
  writeSetting(tx, key, JSON.stringify(value), stamp.at.toISOString(), stamp.by);

export function writeBackupFolder(tx: WriteTx, folder: string, stamp: Stamp): void {
  put(tx, keys.folder, folder, stamp);
}

export function writeBackupKeep(tx: WriteTx, keep: number, stamp: Stamp): void {
  put(tx, keys.keep, keep, stamp);
}

/** Records a verified backup and clears the last failure. */
export function recordVerifiedBackup(tx: WriteTx, backup: VerifiedBackup, stamp: Stamp): void {
  put(tx, keys.lastVerified, backup, stamp);
  put(tx, keys.lastFailure, null, stamp);
}

export function recordFailedBackup(tx: WriteTx, failure: FailedBackup, stamp: Stamp): void {
  put(tx, keys.lastFailure, failure, stamp);
}
