import { japanDateOf } from '../../contract/japaneseDate/japanTime';
import type { KeyHolder } from '../auth/keyHolder';
import { readBackupSettings, type BackupSettings } from './backupSettings';
import { createBackup, type BackupResult } from './createBackup';

/** After a failed automatic backup, wait this long before the next try (the disk may be full). */
export const retryAfterFailureMs = 60 * 60_000;
/** The home screen of a 管理者 warns when the last verified backup is older than this. */
export const staleAfterDays = 7;

/**
 * Whether the daily backup is due: no verified backup yet on this calendar day in Japan, and no
 * failed try in the last hour. The shell only asks; this decides (tested with a fixed clock).
 */
export function isBackupDue(settings: BackupSettings, now: Date): boolean {
  if (settings.lastVerified && japanDateOf(settings.lastVerified.at) === japanDateOf(now))
    return false;
  const failedAt = settings.lastFailure ? new Date(settings.lastFailure.at).getTime() : null;
  return failedAt === null || now.getTime() - failedAt >= retryAfterFailureMs;
}

/** Whole days since the last verified backup (null when there is none). */
export function daysSinceBackup(settings: BackupSettings, now: Date): number | null {
  if (!settings.lastVerified) return null;
  const from = Date.parse(japanDateOf(settings.lastVerified.at));
  return Math.round((Date.parse(japanDateOf(now)) - from) / 86_400_000);
}

/** Makes the daily backup into the configured folder if it is due; null when it was not. */
export function runDueBackup(holder: KeyHolder): BackupResult | null {
  const settings = readBackupSettings(holder.db, holder.paths);
  if (!isBackupDue(settings, holder.clock.now())) return null;
  return createBackup(holder, { kind: 'folder' }, { auto: true });
}
