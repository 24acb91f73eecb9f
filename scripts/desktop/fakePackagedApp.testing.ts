import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPackage } from '@electron/asar';
import { fakeAddon, fakeElectronBinary } from './fakeElectronBinary.testing';
import { fuseByte, fuseIndexes, requiredFuses, type FuseName } from './fuseSettings';
import { driverAddonPath } from './nativeModuleAbi';
import { requiredArchiveFiles } from './verifyPackagedApp';

export type FakePackagedAppOptions = {
  /** The driver addon's ABI (default 150, Electron 45's). */
  abi?: number;
  /** Fuses that differ from the required ones. */
  fuses?: Partial<Record<FuseName, boolean>>;
  /** Files in app.asar (default: exactly the required ones). */
  archiveFiles?: readonly string[];
};

/**
 * Lays out what electron-builder leaves in release/linux-unpacked — an executable with a fuse
 * wire, a real app.asar and the unpacked driver — so the packaged-app check runs on real files.
 */
export async function writeFakeLinuxApp(
  outputDir: string,
  options: FakePackagedAppOptions = {},
): Promise<string> {
  const dir = path.join(outputDir, 'linux-unpacked');
  const resources = path.join(dir, 'resources');
  fs.mkdirSync(resources, { recursive: true });

  const fuses = { ...requiredFuses, ...options.fuses };
  const wire: number[] = Array.from({ length: 9 }, () => fuseByte.enabled);
  for (const [name, on] of Object.entries(fuses) as Array<[FuseName, boolean]>) {
    wire[fuseIndexes[name]] = on ? fuseByte.enabled : fuseByte.disabled;
  }
  fs.writeFileSync(path.join(dir, 'kasane'), fakeElectronBinary(wire));

  const addon = driverAddonPath(path.join(resources, 'app.asar.unpacked'));
  fs.mkdirSync(path.dirname(addon), { recursive: true });
  fs.writeFileSync(addon, fakeAddon(options.abi ?? 150));

  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'kasane-asar-'));
  try {
    for (const file of options.archiveFiles ?? requiredArchiveFiles) {
      fs.mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
      fs.writeFileSync(path.join(staging, file), file);
    }
    await createPackage(staging, path.join(resources, 'app.asar'));
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}
