import fs from 'node:fs';
import { AppError } from '../../electron/contract/errors';
import { dataPaths } from '../../electron/services/app/dataPaths';
import { isInitialized } from '../../electron/services/setup/initializeDataFolder';

// These run before any prompt, so nobody types a password only to hear the folder is wrong.

/** Refuses a folder that already holds a database or key file (the service checks again). */
export function requireFolderForInit(dataDir: string): void {
  const paths = dataPaths(dataDir);
  if (fs.existsSync(paths.keySlots) || fs.existsSync(paths.database)) {
    throw new AppError(
      'ALREADY_INITIALIZED',
      `このデータフォルダはすでに設定済みです: ${paths.dir}`,
    );
  }
}

/** Refuses a folder that does not exist or has not been set up with `init`. */
export function requireInitializedFolder(dataDir: string): void {
  const paths = dataPaths(dataDir);
  if (!fs.existsSync(paths.dir)) {
    throw new AppError('DB_MISSING', `データフォルダが見つかりません: ${paths.dir}`);
  }
  if (!isInitialized(paths.dir)) {
    throw new AppError(
      'NOT_INITIALIZED',
      `このデータフォルダはまだ初期設定されていません: ${paths.dir}\n先に init コマンドで初期設定してください。`,
    );
  }
}
