import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../services/app/dataPaths';

// Pure (no `electron` import): the caller passes app.isPackaged, argv and env.

export type DataDirSource = {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** A packaged build always uses the standard folder, so a shortcut cannot redirect it. */
  isPackaged: boolean;
};

/**
 * The data folder of the desktop app: in development `--data DIR` (or `--data=DIR`) wins, then
 * KASANE_DATA_DIR, then the standard folder shared with the CLI (defaultDataDir).
 */
export function resolveDataDir(source: DataDirSource): string {
  if (!source.isPackaged) {
    const fromArgs = dataArgument(source.argv);
    if (fromArgs !== undefined) return path.resolve(fromArgs);
    const fromEnv = source.env.KASANE_DATA_DIR;
    if (fromEnv !== undefined && fromEnv !== '') return path.resolve(fromEnv);
  }
  return defaultDataDir();
}

function dataArgument(argv: readonly string[]): string | undefined {
  // Not strict: Electron and Chromium put their own switches and the app path in argv.
  const { values } = parseArgs({
    args: [...argv],
    options: { data: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const data = values.data;
  return typeof data === 'string' && data !== '' ? data : undefined;
}
