import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { driverAddonPath } from './nativeModuleAbi';

export type DriverBackup = {
  /** Puts the addon back as it was (a no-op when there was none). Safe to call twice. */
  restore: () => void;
};

/**
 * Keeps the repo's database driver addon aside while electron-builder rebuilds node_modules in
 * place for Electron, so that the build tests and the CLI use (Node's) is back afterwards
 * byte for byte, without another compile.
 */
export function setDriverAside(root: string): DriverBackup {
  const addon = driverAddonPath(root);
  if (!fs.existsSync(addon)) return { restore: () => undefined };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kasane-driver-'));
  const saved = path.join(dir, path.basename(addon));
  fs.copyFileSync(addon, saved);
  let restored = false;
  return {
    restore: () => {
      if (restored) return;
      fs.mkdirSync(path.dirname(addon), { recursive: true });
      fs.copyFileSync(saved, addon);
      fs.rmSync(dir, { recursive: true, force: true });
      restored = true;
    },
  };
}
