import fs from 'node:fs';
import path from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; looked: string };

/**
 * Finds the Electron executable the way the `electron` package does, without loading that
 * package: requiring it downloads the binary when it is missing, which cannot work here.
 * node_modules/electron/path.txt names the executable inside dist/ (or inside
 * ELECTRON_OVERRIDE_DIST_PATH, for a binary installed elsewhere).
 */
export function findElectronBinary(root: string, env: NodeJS.ProcessEnv): ElectronBinary {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  let candidate: string;
  if (override !== undefined && override !== '') {
    candidate = path.join(override, relative || 'electron');
  } else if (relative) {
    candidate = path.join(packageDir, 'dist', relative);
  } else {
    return { found: false, looked: pathFile };
  }
  return isFile(candidate) ? { found: true, path: candidate } : { found: false, looked: candidate };
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}
