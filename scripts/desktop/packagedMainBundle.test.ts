import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { defaultDataDir } from '../../electron/services/app/dataPaths';
import { hardenedWebPreferences } from '../../electron/main/security';
import { repoRoot } from './bundleOptions';
import type { FakeElectron } from './fakeElectron.testing';
import { loadMainBundle } from './loadMainBundle.testing';

// The real main bundle started as an installed app (app.isPackaged) against the fake
// `electron`: what an office PC runs, minus the fuses (packagedApp checks those).

let fake: FakeElectron;
let appRoot: string;
let home: string;
let devDataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  appRoot = createTempDir();
  home = createTempDir();
  devDataDir = createTempDir();
  fs.mkdirSync(path.join(appRoot, 'out/renderer'), { recursive: true });
  fs.writeFileSync(
    path.join(appRoot, 'out/renderer/index.html'),
    '<!doctype html><title>K</title>',
  );
  fs.cpSync(path.join(repoRoot, 'db/migrations'), path.join(appRoot, 'db/migrations'), {
    recursive: true,
  });
  // Where the standard data folder is on each OS, moved into a temp "home".
  env = {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    APPDATA: path.join(home, 'AppData', 'Roaming'),
  };
  fake = await loadMainBundle(appRoot, devDataDir, { isPackaged: true, env });
});

afterAll(() => {
  fake.electron.app.emit('will-quit');
  for (const dir of [appRoot, home, devDataDir]) fs.rmSync(dir, { recursive: true, force: true });
});

const call = async (name: string, input: unknown) => {
  const window = fake.windows[0];
  const handler = fake.ipcHandlers.get('kasane:call') as (...args: unknown[]) => Promise<unknown>;
  return await handler(
    { sender: window?.webContents, senderFrame: window?.webContents.mainFrame },
    name,
    input,
  );
};

describe('the installed app', () => {
  it('opens its one window on the hardened preferences with DevTools off', () => {
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.options.webPreferences).toEqual({
      ...hardenedWebPreferences,
      devTools: false,
      preload: path.join(appRoot, 'out/preload/index.cjs'),
    });
    expect(fake.calls).toEqual(expect.arrayContaining(['app.enableSandbox']));
  });

  it('keeps its data in the standard folder whatever KASANE_DATA_DIR says', async () => {
    const setup = {
      login: 'kanri',
      displayName: '管理 花子',
      password: 'correct horse',
      municipalityName: '重ね町',
    };
    expect(await call('setup.init', setup)).toMatchObject({ ok: true });
    const standard = defaultDataDir(process.platform, env, home);
    expect(standard.startsWith(home)).toBe(true);
    expect(fs.existsSync(path.join(standard, 'kasane.db'))).toBe(true);
    expect(fs.readdirSync(devDataDir)).toEqual([]);
  });
});
