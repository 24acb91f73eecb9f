import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { repoRoot } from './bundleOptions';
import { fakeAddon } from './fakeElectronBinary.testing';
import { writeFakeLinuxApp, type FakePackagedAppOptions } from './fakePackagedApp.testing';
import { driverAddonPath, nativeModuleAbi } from './nativeModuleAbi';
import type { Endpoint } from './reachability';
import { runDist, type DistDeps } from './runDist';

// `npm run dist` against a stand-in repo: the network, the out/ build and electron-builder are
// fakes; the prerequisite checks, the driver kept aside and the packaged-app check are real.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A repo with electron-builder.yml, electron-builder, Electron's abi_version and a Node driver. */
function fakeRepo(files: Record<string, string | Buffer> = {}): string {
  const root = createTempDir();
  dirs.push(root);
  const all: Record<string, string | Buffer> = {
    'electron-builder.yml': fs.readFileSync(path.join(repoRoot, 'electron-builder.yml')),
    'node_modules/electron-builder/cli.js': '',
    'node_modules/electron/abi_version': '150',
    'node_modules/better-sqlite3/build/Release/better_sqlite3.node': fakeAddon(115),
    ...files,
  };
  for (const [name, content] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

type Run = {
  code: number;
  output: string;
  built: boolean;
  builderCalls: Array<{ args: readonly string[]; env: NodeJS.ProcessEnv }>;
};

async function dist(
  root: string,
  overrides: Partial<DistDeps> & { packaged?: FakePackagedAppOptions; builderExit?: number } = {},
): Promise<Run> {
  let output = '';
  let built = false;
  const builderCalls: Run['builderCalls'] = [];
  const code = await runDist({
    root,
    argv: [],
    env: { npm_config_nodedir: '/usr', ELECTRON_RUN_AS_NODE: '1', PATH: '/usr/bin' },
    platform: 'linux',
    nodeVersion: '22.12.0',
    canReach: () => Promise.resolve(true),
    build: () => {
      built = true;
      return Promise.resolve();
    },
    // Like electron-builder: rebuilds the repo's driver for Electron in place, then packages.
    runBuilder: async (args, env) => {
      builderCalls.push({ args, env });
      fs.writeFileSync(driverAddonPath(root), fakeAddon(150));
      if (overrides.builderExit !== undefined) return overrides.builderExit;
      await writeFakeLinuxApp(path.join(root, 'release'), overrides.packaged);
      fs.writeFileSync(path.join(root, 'release', 'Kasane-0.1.0-x86_64.AppImage'), '');
      return 0;
    },
    log: (text) => (output += text),
    ...overrides,
  });
  return { code, output, built, builderCalls };
}

const driverAbi = (root: string) => nativeModuleAbi(driverAddonPath(root));

describe('npm run dist where nothing can be downloaded (as on this machine)', () => {
  it('says so in Japanese and English and exits 1 without building anything', async () => {
    const root = fakeRepo();
    const asked: Endpoint[] = [];
    const started = Date.now();
    const run = await dist(root, {
      canReach: (endpoint) => {
        asked.push(endpoint);
        return Promise.resolve(false);
      },
    });
    expect(run.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(run.built).toBe(false);
    expect(run.builderCalls).toEqual([]);
    // github.com is asked once for both Electron and the tools.
    expect(asked.map((e) => e.host).sort()).toEqual(['github.com', 'www.electronjs.org']);
    const looked = path.join(root, 'node_modules/electron/path.txt');
    expect(run.output).toContain('インストーラーを作れません。\nCannot build the installers.');
    expect(run.output).toContain(`Electron 本体がこのマシンになく（探した場所: ${looked}）`);
    expect(run.output).toContain(`Electron is not on this machine (looked for ${looked})`);
    expect(run.output).toContain('github.com:443 に接続できません');
    expect(run.output).toContain(
      'The installer tools (NSIS, AppImage, fpm) come from github.com:443',
    );
    expect(run.output).toContain('www.electronjs.org:443');
    expect(run.output).toContain('.github/workflows/build.yml');
  });

  it('also names a Node too old for the rebuild tools', async () => {
    const root = fakeRepo({
      'node_modules/@electron/rebuild/package.json': '{"engines":{"node":">=22.12.0"}}',
    });
    const run = await dist(root, { nodeVersion: '20.20.2' });
    expect(run.code).toBe(1);
    expect(run.output).toContain('Node.js 20.20.2 では @electron/rebuild が動きません');
    expect(run.output).toContain('@electron/rebuild needs Node.js 22.12.0 or later');
  });

  it('refuses without electron-builder or Electron installed', async () => {
    const root = fakeRepo();
    fs.rmSync(path.join(root, 'node_modules'), { recursive: true });
    const run = await dist(root);
    expect(run.code).toBe(1);
    expect(run.output).toContain('run npm ci first');
    expect(run.output).toContain('abi_version is missing');
  });
});

describe('npm run dist arguments', () => {
  it('refuses Windows installers on Linux (the driver would be a Linux build)', async () => {
    const run = await dist(fakeRepo(), { argv: ['--win'] });
    expect(run.code).toBe(1);
    expect(run.output).toContain('Windows 用のインストーラーは Windows 上で作ってください');
    expect(run.builderCalls).toEqual([]);
  });

  it('answers a wrong option with the usage and exit code 2', async () => {
    const run = await dist(fakeRepo(), { argv: ['--windows'] });
    expect(run.code).toBe(2);
    expect(run.output).toContain('使い方: npm run dist');
  });
});

describe('npm run dist on a build machine', () => {
  it('builds, runs electron-builder for this OS, checks the package and restores the Node driver', async () => {
    const root = fakeRepo({ 'release/linux-unpacked/stale.txt': 'from last time' });
    const run = await dist(root);
    expect(run.code).toBe(0);
    expect(run.built).toBe(true);
    expect(run.builderCalls.map((c) => c.args)).toEqual([['--linux', '--publish', 'never']]);
    // node-gyp must not see the npmrc's nodedir (trap 2); Electron must not run as Node.
    expect(run.builderCalls[0]?.env).toEqual({ PATH: '/usr/bin' });
    expect(fs.existsSync(path.join(root, 'release/linux-unpacked/stale.txt'))).toBe(false);
    expect(driverAbi(root)).toBe(115);
    expect(run.output).toContain('インストーラーを作成し、パッケージを確認しました');
    expect(run.output).toContain(path.join(root, 'release', 'Kasane-0.1.0-x86_64.AppImage'));
  });

  it('packages a local Electron instead of downloading one', async () => {
    const root = fakeRepo({
      'node_modules/electron/path.txt': 'electron',
      'node_modules/electron/dist/electron': '',
    });
    const run = await dist(root);
    expect(run.builderCalls[0]?.args).toContain(
      `--config.electronDist=${path.join(root, 'node_modules/electron/dist')}`,
    );
  });

  it('fails, and still restores the Node driver, when electron-builder fails', async () => {
    const root = fakeRepo();
    const run = await dist(root, { builderExit: 7 });
    expect(run.code).toBe(1);
    expect(run.output).toContain('electron-builder が失敗しました（終了コード 7）');
    expect(driverAbi(root)).toBe(115);
  });

  it('fails with "do not ship" when the packaged driver is the Node build', async () => {
    const root = fakeRepo();
    const run = await dist(root, { packaged: { abi: 115 } });
    expect(run.code).toBe(1);
    expect(run.output).toContain('配布しないでください');
    expect(run.output).toContain('Do not ship it.');
    expect(run.output).toContain('ABI 115');
    expect(driverAbi(root)).toBe(115);
  });
});
