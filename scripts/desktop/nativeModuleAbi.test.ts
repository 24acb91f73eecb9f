import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { repoRoot } from './bundleOptions';
import { fakeAddon } from './fakeElectronBinary.testing';
import { driverAddonPath, electronAbi, nativeModuleAbi } from './nativeModuleAbi';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('nativeModuleAbi', () => {
  it("reads Node's ABI from the driver tests and the CLI load", () => {
    expect(nativeModuleAbi(driverAddonPath(repoRoot))).toBe(Number(process.versions.modules));
  });

  it('reads the ABI of any addon and says undefined for a file that is none', () => {
    const dir = createTempDir();
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'electron.node'), fakeAddon(150));
    fs.writeFileSync(path.join(dir, 'other.bin'), Buffer.from('node_register_module_vX'));
    expect(nativeModuleAbi(path.join(dir, 'electron.node'))).toBe(150);
    expect(nativeModuleAbi(path.join(dir, 'other.bin'))).toBeUndefined();
  });
});

describe('electronAbi', () => {
  it("reads the installed Electron's ABI, newer than this Node's", () => {
    expect(electronAbi(repoRoot)).toBeGreaterThan(Number(process.versions.modules));
  });

  it('is undefined without an Electron package', () => {
    const dir = createTempDir();
    dirs.push(dir);
    expect(electronAbi(dir)).toBeUndefined();
  });
});
