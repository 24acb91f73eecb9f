import fs from 'node:fs';
import path from 'node:path';
import { recoverInput } from '../../../electron/contract/schemas/staff';
import { loginInput } from '../../../electron/contract/schemas/session';
import { dataPaths } from '../../../electron/services/app/dataPaths';
import { takeFolder } from '../../../electron/services/auth/sessionDatabase';
import { readBackupHeader } from '../../../electron/services/backup/backupFile';
import {
  prepareRestore,
  swapInRestore,
  type RestoreKey,
} from '../../../electron/services/backup/restoreBackup';
import { formatRestoreReport } from '../backupReport';
import { exitCodes, type CliIo } from '../cliIo';
import { defineCommand } from '../command';
import { passwordEnv, planCredentials, userEnv } from '../credentials';
import { parseInput } from '../parseInput';
import { recoveryKeyEnv } from '../recoveryKeyInput';
import type { Terminal } from '../terminal';
import { UsageError } from '../usageError';

/**
 * `restore FILE`: checks the backup (whole, opens, integrity_check, rows per table), keeps the
 * current files aside with a timestamp and swaps the backup in under the folder lock, undoing
 * everything if it fails half-way. Works on an empty or missing folder too (a new PC).
 */
export const restoreCommand = defineCommand({
  summary: 'バックアップを検査してから復元します（今のデータは名前を変えて残します）',
  synopsis: 'ファイル.kasanebackup',
  details: [
    `バックアップを作った時点の管理者の ${userEnv} と ${passwordEnv}、または ${recoveryKeyEnv}（回復キー）で開きます。`,
    'まずバックアップを検査し、問題がなければ今のデータベースと鍵ファイルを「…before-restore-日時」という名前で残して入れ替えます。',
    '途中で失敗したときは元に戻します。デスクトップ版を閉じてから実行してください（同じフォルダは同時に開けません）。',
  ],
  options: {},
  takesArguments: true,
  run: async ({ io, clock, dataDir, terminal, args }) => {
    if (args.length !== 1 || args[0] === undefined) {
      throw new UsageError('復元するバックアップのファイルを1つ指定してください。', {
        command: 'restore',
      });
    }
    const file = path.resolve(args[0]);
    const key = planRestoreKey(io, terminal);
    readBackupHeader(file);
    const paths = dataPaths(dataDir);
    fs.mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
    const lock = takeFolder(paths, 'cli');
    try {
      const prepared = prepareRestore({
        paths,
        clock,
        backupFile: file,
        key: await key(),
        actor: null,
        channel: 'cli',
      });
      const result = swapInRestore(paths, prepared);
      io.stdout.write(formatRestoreReport(paths.dir, result));
    } finally {
      lock.release();
    }
    return exitCodes.ok;
  },
});

/** The recovery key when KASANE_RECOVERY_KEY is set; otherwise the backup's 管理者 and password. */
function planRestoreKey(io: CliIo, terminal: Terminal): () => Promise<RestoreKey> {
  const recoveryKey = io.env[recoveryKeyEnv];
  if (recoveryKey) {
    return () => {
      const parsed = parseInput(recoverInput.shape.recoveryKey, recoveryKey, 'restore');
      return Promise.resolve({ kind: 'recoveryKey', recoveryKey: parsed });
    };
  }
  const credentials = planCredentials(io.env, terminal, {
    command: 'restore',
    confirmPassword: false,
  });
  return async () => {
    const { login, password } = parseInput(loginInput, await credentials(), 'restore');
    return { kind: 'password', login, password };
  };
}
