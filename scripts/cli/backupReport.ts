import type { BackupResult } from '../../electron/services/backup/createBackup';
import type { RestoreResult } from '../../electron/services/backup/restoreBackup';

const japanTime = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  dateStyle: 'long',
  timeStyle: 'short',
});

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What `backup` prints once the copy was written, reopened and checked. */
export function formatBackupReport(result: BackupResult): string {
  const lines = [
    'バックアップを作成し、開き直して検査しました（integrity_check と表ごとの行数の照合: OK）。',
    `  ファイル: ${result.file}`,
    `  大きさ:   ${megabytes(result.bytes)}（${(result.durationMs / 1000).toFixed(1)} 秒）`,
    ...(result.removed.length > 0
      ? [`  残す数を超えた古いバックアップを削除しました: ${result.removed.join(', ')}`]
      : []),
    'バックアップは暗号化されたままです。開くにはその時点のパスワードか回復キーが必要です。',
  ];
  return lines.join('\n') + '\n';
}

/** What `restore` prints: which backup, what was kept aside, which key file is in use. */
export function formatRestoreReport(dataDir: string, result: RestoreResult): string {
  const lines = [
    `${japanTime.format(new Date(result.backupCreatedAt))} のバックアップを検査して復元しました: ${dataDir}`,
    ...(result.setAside.length > 0
      ? [
          '  復元前のファイルは、次の名前でデータフォルダに残しました:',
          ...result.setAside.map((n) => `    ${n}`),
        ]
      : []),
    result.keySlots === 'kept'
      ? '  鍵ファイルは今のものを使います（パスワードは復元前と同じです）。'
      : '  鍵ファイルはバックアップのものを使います（パスワードはバックアップを作った時点のものです）。',
  ];
  return lines.join('\n') + '\n';
}
