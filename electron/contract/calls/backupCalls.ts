import { defineCall } from '../defineCall';
import { adminOnly } from '../roles';
import {
  backupConfigureInput,
  backupRestoreInput,
  type BackupEntry,
  type BackupStatus,
  type BackupSummary,
  type RestoreOutcome,
} from '../schemas/backup';
import { noInput } from '../schemas/common';

/** Verified backups and restore (管理者). */
export const backupCalls = {
  /** The folder, how many are kept, and the last verified backup (ホーム warns after 7 days). */
  'backup.status': defineCall<BackupStatus>()({ input: noInput, access: adminOnly }),
  /** Makes a backup now into the folder, reopens and checks it; audited. */
  'backup.create': defineCall<BackupSummary>()({ input: noInput, access: adminOnly }),
  /** Changes how many backups are kept. */
  'backup.configure': defineCall<BackupStatus>()({
    input: backupConfigureInput,
    access: adminOnly,
  }),
  /** Chooses the backup folder in the desktop's folder dialog (NOT_AVAILABLE on the web). */
  'backup.chooseFolder': defineCall<BackupStatus>()({ input: noInput, access: adminOnly }),
  /** Kasane's backup files in the folder, newest first. */
  'backup.list': defineCall<BackupEntry[]>()({ input: noInput, access: adminOnly }),
  /**
   * Checks a backup, keeps the current database aside and swaps the backup in; the session
   * ends and everyone logs in again.
   */
  'backup.restore': defineCall<RestoreOutcome>()({ input: backupRestoreInput, access: adminOnly }),
} as const;
