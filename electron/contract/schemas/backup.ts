import { z } from '../zodJapanese';

/** The backup state the 管理 screen and a 管理者's ホーム show. */
export type BackupStatus = {
  /** Where daily backups and the 今すぐバックアップ button write. */
  folder: string;
  /** Still the folder inside the data folder (the same disk as the data: choose another). */
  isDefaultFolder: boolean;
  /** How many backups are kept in the folder; older ones are deleted after a verified backup. */
  keep: number;
  lastVerified: { at: string; fileName: string; bytes: number } | null;
  lastFailure: { at: string; message: string } | null;
  daysSinceLastVerified: number | null;
  /** No verified backup, or the last is older than 7 days: ホーム warns. */
  stale: boolean;
  /** Whether this app can show folder and file dialogs (the desktop app; not the web harness). */
  canChooseFiles: boolean;
};

/** A verified backup just made. */
export type BackupSummary = {
  fileName: string;
  bytes: number;
  createdAt: string;
  durationMs: number;
  removed: string[];
};

/** A backup file found in the backup folder. */
export type BackupEntry = {
  fileName: string;
  /** From the file's header; null when the file cannot be read as a backup. */
  createdAt: string | null;
  bytes: number;
};

export type RestoreOutcome =
  | {
      status: 'restored';
      backupCreatedAt: string;
      setAside: string[];
      keySlots: 'kept' | 'fromBackup';
    }
  | { status: 'cancelled' };

export const backupConfigureInput = z.strictObject({
  keep: z
    .number({ error: '残す数を入力してください' })
    .int({ error: '残す数は整数で入力してください' })
    .min(1, { error: '残す数は1以上にしてください' })
    .max(365, { error: '残す数は365以下にしてください' }),
});

/** A backup in the folder by its name only (never a path), or one picked in the desktop's dialog. */
export const backupRestoreInput = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('folder'),
    fileName: z.string().regex(/^kasane-backup-\d{8}-\d{6}(?:-\d+)?\.kasanebackup$/, {
      error: 'バックアップファイルの名前が正しくありません',
    }),
  }),
  z.strictObject({ source: z.literal('dialog') }),
]);
