import fs from 'node:fs';
import path from 'node:path';
import { japanDateTimeSecondsOf } from '../../contract/japaneseDate/japanTime';
import { backupExtension } from './backupFile';

const namePattern = /^kasane-backup-\d{8}-\d{6}(?:-\d+)?\.kasanebackup$/;

/** Whether a file name is one of Kasane's own backups (retention and the restore list touch no other). */
export function isBackupName(name: string): boolean {
  return namePattern.test(name);
}

/** A new backup's file name, by the time in Japan: kasane-backup-20260401-183000.kasanebackup. */
export function backupFileName(folder: string, at: Date): string {
  const stamp = japanDateTimeSecondsOf(at).replace(/[-:]/g, '').replace('T', '-');
  const base = `kasane-backup-${stamp}`;
  let name = `${base}${backupExtension}`;
  for (let n = 2; fs.existsSync(path.join(folder, name)); n += 1) {
    name = `${base}-${n}${backupExtension}`;
  }
  return name;
}

/** Kasane's backups in a folder, newest first (the names sort by time). */
export function listBackupNames(folder: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names.filter(isBackupName).sort().reverse();
}

/**
 * Keeps the newest `keep` backups in the folder and deletes the rest (only Kasane's own backup
 * files, never anything else). Returns the names removed.
 */
export function pruneBackups(folder: string, keep: number): string[] {
  const removed = listBackupNames(folder).slice(keep);
  for (const name of removed) fs.rmSync(path.join(folder, name), { force: true });
  return removed;
}
