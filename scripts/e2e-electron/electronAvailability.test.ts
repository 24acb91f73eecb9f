import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { repoRoot } from '../desktop/bundleOptions';
import { fakeAddon } from '../desktop/fakeElectronBinary.testing';
import { electronAvailability } from './electronAvailability';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function repo(files: Record<string, string | Buffer>): string {
  const root = createTempDir();
  dirs.push(root);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

const electron = {
  'node_modules/electron/path.txt': 'electron',
  'node_modules/electron/dist/electron': '',
  'node_modules/electron/abi_version': '150',
};
const driver = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

describe('electronAvailability', () => {
  it('skips without an Electron binary, saying where it looked (as here)', () => {
    const root = repo({});
    const result = electronAvailability(root, {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain('Electron の実行ファイルがないため');
    expect(result.reason).toContain(path.join(root, 'node_modules/electron/path.txt'));
    expect(result.reason).toContain('Skipped: no Electron binary');
  });

  it('skips while the driver is the Node build, and says how to switch it', () => {
    const result = electronAvailability(repo({ ...electron, [driver]: fakeAddon(115) }), {});
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.reason).toContain('ABI 115');
    expect(result.reason).toContain('npx electron-builder install-app-deps');
  });

  it('runs with Electron and its driver', () => {
    const root = repo({ ...electron, [driver]: fakeAddon(150) });
    expect(electronAvailability(root, {})).toEqual({
      ok: true,
      binary: path.join(root, 'node_modules/electron/dist/electron'),
    });
  });
});

describe('npm test', () => {
  it('does not run the desktop E2E', () => {
    const scripts = (
      JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    const mainConfig = fs.readFileSync(path.join(repoRoot, 'playwright.config.ts'), 'utf8');
    expect(mainConfig).toContain("testDir: 'scripts/e2e',");
    expect(`${scripts.test} ${scripts['test:unit']} ${scripts['test:e2e']}`).not.toContain(
      'electron',
    );
    expect(scripts['test:electron']).toBe(
      'playwright test --config scripts/e2e-electron/playwright.config.ts',
    );
  });
});
