import path from 'node:path';
import { AppError } from '../../../electron/contract/errors';
import { adminOnly } from '../../../electron/contract/roles';
import { loginInput } from '../../../electron/contract/schemas/session';
import { SessionManager } from '../../../electron/services/auth/sessionManager';
import { createBackup } from '../../../electron/services/backup/createBackup';
import { formatBackupReport } from '../backupReport';
import { exitCodes } from '../cliIo';
import { defineCommand } from '../command';
import { planCredentials } from '../credentials';
import { requireInitializedFolder } from '../dataFolderChecks';
import { parseInput } from '../parseInput';
import { UsageError } from '../usageError';

/**
 * `backup`: logs in as a 管理者 (audited), writes a verified backup — to --out, or into the
 * backup folder set on the 管理 screen, keeping its configured number — and logs out.
 */
export const backupCommand = defineCommand({
  summary: 'バックアップを作り、開き直して検査します（管理者）',
  synopsis: '[--out ファイル.kasanebackup]',
  details: [
    '使用中でも作れます。暗号化されたデータベースと鍵ファイルを1つのファイルにまとめ、書き込んだあと開き直して',
    'integrity_check と表ごとの行数を確かめ、問題がなければ「最後に検査済みのバックアップ」として記録します。',
    '--out がないときは、管理画面で設定したバックアップの保存先に作り、残す数を超えた古いものを削除します。',
    'デスクトップ版を開いている間は、そちらの「今すぐバックアップ」を使ってください（同じフォルダは同時に開けません）。',
  ],
  options: {
    out: {
      valueLabel: 'ファイル',
      description: '保存するファイル（すでにあるときは上書きしません）',
    },
  },
  run: async ({ io, clock, dataDir, terminal }, options) => {
    if (options.out !== undefined && !options.out.endsWith('.kasanebackup')) {
      throw new UsageError('--out のファイル名は .kasanebackup で終わるようにしてください。', {
        command: 'backup',
      });
    }
    const credentials = planCredentials(io.env, terminal, {
      command: 'backup',
      confirmPassword: false,
    });
    requireInitializedFolder(dataDir);
    const { login, password } = parseInput(loginInput, await credentials(), 'backup');
    const session = new SessionManager({ dataDir, clock, channel: 'cli' });
    try {
      const user = session.login(login, password);
      if (user.role !== 'admin') {
        throw new AppError('FORBIDDEN', 'バックアップは管理者のアカウントで行ってください。');
      }
      const target = options.out
        ? { kind: 'file' as const, path: path.resolve(options.out) }
        : { kind: 'folder' as const };
      const result = session.withDataKey(adminOnly, (holder) =>
        createBackup(holder, target, { auto: false }),
      );
      io.stdout.write(formatBackupReport(result));
    } finally {
      session.shutdown();
    }
    return exitCodes.ok;
  },
});
