import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { findElectronBinary } from './findElectronBinary';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fake repo with node_modules/electron holding the given files. */
function repo(files: Record<string, string>): string {
  const root = createTempDir();
  dirs.push(root);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, 'node_modules/electron', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

describe('findElectronBinary', () => {
  it('reports the missing path.txt when Electron was never fetched (as here)', () => {
    const root = repo({ 'package.json': '{}' });
    expect(findElectronBinary(root, {})).toEqual({
      found: false,
      looked: path.join(root, 'node_modules/electron/path.txt'),
    });
  });

  it('reports the binary named by path.txt when it is not in dist/', () => {
    const root = repo({ 'path.txt': 'electron' });
    expect(findElectronBinary(root, {})).toEqual({
      found: false,
      looked: path.join(root, 'node_modules/electron/dist/electron'),
    });
  });

  it('finds dist/<path.txt>', () => {
    const root = repo({ 'path.txt': 'electron\n', 'dist/electron': '' });
    expect(findElectronBinary(root, {})).toEqual({
      found: true,
      path: path.join(root, 'node_modules/electron/dist/electron'),
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, like the electron package', () => {
    const root = repo({});
    const elsewhere = createTempDir();
    dirs.push(elsewhere);
    fs.writeFileSync(path.join(elsewhere, 'electron'), '');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere })).toEqual({
      found: true,
      path: path.join(elsewhere, 'electron'),
    });
  });

  it('does not mistake a folder for the binary', () => {
    const root = repo({ 'path.txt': 'electron', 'dist/electron/inner': '' });
    expect(findElectronBinary(root, {})).toMatchObject({ found: false });
  });
});
