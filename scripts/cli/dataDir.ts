import path from 'node:path';
import { defaultDataDir } from '../../electron/services/app/dataPaths';

export const dataDirEnv = 'KASANE_DATA_DIR';

/**
 * The data folder: --data, else KASANE_DATA_DIR, else the desktop app's own folder. A relative
 * path is taken from where the user typed the command: `npm run` moves to the repository root
 * and leaves the original folder in INIT_CWD.
 */
export function resolveDataDir(option: string | undefined, env: NodeJS.ProcessEnv): string {
  const chosen = option ?? (env[dataDirEnv] || undefined) ?? defaultDataDir(process.platform, env);
  return path.resolve(env.INIT_CWD ?? process.cwd(), chosen);
}
