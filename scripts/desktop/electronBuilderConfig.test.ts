import fs from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../electron/services/app/dataPaths';
import { repoRoot } from './bundleOptions';
import {
  appFileFilter,
  loadValidatedConfig,
  nodeModuleFileFilter,
  validateConfig,
} from './electronBuilderInternals.testing';
import { requiredArchiveFiles } from './verifyPackagedApp';

// electron-builder.yml as electron-builder itself loads and validates it (its JSON schema),
// then what the office relies on: names, the Windows installer, and what goes into app.asar.

const packageJson = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  productName: string;
  version: string;
};
let config: Configuration;
beforeAll(async () => {
  config = await loadValidatedConfig(repoRoot);
});

const fontFiles = path.join(repoRoot, 'node_modules/@fontsource/noto-sans-jp/files');

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema, which refuses a misspelt option", async () => {
    expect(config.appId).toBeDefined();
    await expect(
      validateConfig({ ...config, nsis: { perMachin: true } } as Configuration),
    ).rejects.toThrow(/configuration\.nsis should be/);
  });

  it('keeps the app id the main process gives Windows, and the name the data folder uses', () => {
    const main = fs.readFileSync(path.join(repoRoot, 'electron/main/index.ts'), 'utf8');
    expect(main).toContain(`app.setAppUserModelId('${config.appId ?? ''}')`);
    expect(config.appId).toBe('jp.kasane.app');
    expect(config.productName).toBe(packageJson.productName);
    // Electron's userData is named after productName; the data folder must be inside it.
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toBe(
      `C:\\Users\\a\\AppData\\Roaming\\${config.productName ?? ''}\\data`,
    );
  });

  it("takes the version from package.json and puts it in every installer's name", () => {
    expect(config).not.toHaveProperty('extraMetadata');
    expect(config).not.toHaveProperty('buildVersion');
    for (const options of [config.nsis, config.linux, config.mac]) {
      expect(options?.artifactName).toContain('${version}');
    }
  });

  it('packs the app into app.asar, the driver unpacked and rebuilt for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**']);
    expect(config.npmRebuild).toBe(true);
    expect(config.electronLanguages).toContain('ja');
  });

  it('builds a Japanese NSIS installer: per user by default, for every user on request', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      language: '1041',
      installerLanguages: ['ja_JP'],
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: 'Kasane（かさね）',
      deleteAppDataOnUninstall: false,
      include: 'build/installer.nsh',
    });
    expect(fs.existsSync(path.join(repoRoot, 'build/installer.nsh'))).toBe(true);
  });

  it('declares AppImage and deb for Linux and a dmg for macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.executableName).toBe('kasane');
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/);
    expect(config.mac?.target).toBe('dmg');
  });

  it.each(['win', 'linux', 'mac'] as const)(
    'gives %s a PNG icon of at least 512×512',
    (platform) => {
      const icon = config[platform]?.icon;
      expect(icon).toBe('build/icon.png');
      const png = fs.readFileSync(path.join(repoRoot, icon ?? ''));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
        expect.any(Number) as number,
        expect.any(Number) as number,
      ]);
      expect(Math.min(png.readUInt32BE(16), png.readUInt32BE(20))).toBeGreaterThanOrEqual(512);
    },
  );
});

describe('what electron-builder copies into app.asar', () => {
  it.each([
    ['out/main/index.cjs', true],
    ['out/preload/index.cjs', true],
    ['out/renderer/index.html', true],
    ['out/renderer/assets/index-abc.js', true],
    ['db/migrations/0000_foundation.sql', true],
    ['db/migrations/meta/_journal.json', true],
    ['package.json', true],
    ['out/shots/screens.tour.ts', false],
    ['renderer/src/main.tsx', false],
    ['electron/main/index.ts', false],
    ['db/open.ts', false],
    ['scripts/desktop/dist.ts', false],
    ['.kasane-dev/data/kasane.db', false],
    ['README.md', false],
  ])('app file %s: %s', (file, copied) => {
    expect(appFileFilter(repoRoot, config)(file)).toBe(copied);
  });

  it.each([
    ['node_modules/better-sqlite3/lib/index.js', true],
    ['node_modules/better-sqlite3/build/Release/better_sqlite3.node', true],
    ['node_modules/bindings/bindings.js', true],
    ['node_modules/@fontsource/noto-sans-jp/package.json', true],
    ['node_modules/@fontsource/noto-sans-jp/unicode.json', true],
    ['node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-0-400-normal.woff2', true],
    ['node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-119-700-normal.woff2', true],
    ['node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-0-400-normal.woff', false],
    ['node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-0-300-normal.woff2', false],
    ['node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-5-900-normal.woff2', false],
    ['node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-400-normal.woff2', false],
    ['node_modules/better-sqlite3/deps/sqlite3/sqlite3.c', false],
    ['node_modules/better-sqlite3/src/better_sqlite3.cpp', false],
    ['node_modules/better-sqlite3/build/Release/obj.target/x.o', false],
    ['node_modules/better-sqlite3/build/Release/test_extension.node', false],
  ])('dependency file %s: %s', (file, copied) => {
    expect(nodeModuleFileFilter(repoRoot, config)(file)).toBe(copied);
  });

  it('keeps both print weights of every subset the print fonts can ask for', () => {
    const unicode = JSON.parse(
      fs.readFileSync(path.join(fontFiles, '..', 'unicode.json'), 'utf8'),
    ) as Record<string, string>;
    const keep = nodeModuleFileFilter(repoRoot, config);
    const kept = fs
      .readdirSync(fontFiles)
      .filter((name) => keep(`node_modules/@fontsource/noto-sans-jp/files/${name}`));
    const subsets = Object.keys(unicode).map((key) => key.replace(/^\[(\d+)\]$/, '$1'));
    expect(kept.sort()).toEqual(
      subsets.flatMap((s) => [400, 700].map((w) => `noto-sans-jp-${s}-${w}-normal.woff2`)).sort(),
    );
  });

  it('includes every file the packaged check requires', () => {
    const app = appFileFilter(repoRoot, config);
    const dependency = nodeModuleFileFilter(repoRoot, config);
    for (const file of requiredArchiveFiles) {
      expect([file, file.startsWith('node_modules/') ? dependency(file) : app(file)]).toEqual([
        file,
        true,
      ]);
    }
  });
});
