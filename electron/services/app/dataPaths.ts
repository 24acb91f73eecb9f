import os from 'node:os';
import path from 'node:path';

/** The files Kasane keeps in its data folder. */
export type DataPaths = {
  dir: string;
  database: string;
  keySlots: string;
  pendingAudit: string;
  /** Failed password attempts per login (login protection; readable before the database is). */
  loginAttempts: string;
  /** Held while a process has the database open, so a second one is refused. */
  lock: string;
  /** Present only while a restore swaps files; a leftover one is rolled back at the next start. */
  restoreJournal: string;
};

export function dataPaths(dir: string): DataPaths {
  const resolved = path.resolve(dir);
  return {
    dir: resolved,
    database: path.join(resolved, 'kasane.db'),
    keySlots: path.join(resolved, 'kasane.keys.json'),
    pendingAudit: path.join(resolved, 'pending-audit.jsonl'),
    loginAttempts: path.join(resolved, 'login-attempts.json'),
    lock: path.join(resolved, 'kasane.lock'),
    restoreJournal: path.join(resolved, 'restore-journal.json'),
  };
}

/**
 * The desktop app's own data folder: Electron's userData for the product name "Kasane", plus
 * /data. Computed here (not with app.getPath) so the CLI finds the same folder without Electron.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.posix.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'));
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  return pathApi.join(appData, 'Kasane', 'data');
}
