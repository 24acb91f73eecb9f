import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { hardenedWebPreferences } from '../../electron/main/security';
import { repoRoot } from './bundleOptions';
import { fakeEvent, type FakeElectron } from './fakeElectron.testing';
import { loadMainBundle } from './loadMainBundle.testing';

// The real main bundle (as build.ts makes it) loaded as CommonJS against a fake `electron`,
// with the real dispatcher, session and encrypted database: the wiring Electron would run.

let fake: FakeElectron;
let appRoot: string;
let dataDir: string;

beforeAll(async () => {
  appRoot = createTempDir();
  dataDir = createTempDir();
  fs.mkdirSync(path.join(appRoot, 'out/renderer/assets'), { recursive: true });
  fs.writeFileSync(
    path.join(appRoot, 'out/renderer/index.html'),
    '<!doctype html><title>K</title>',
  );
  fs.writeFileSync(path.join(appRoot, 'out/renderer/assets/app.js'), 'export {};');
  fs.writeFileSync(path.join(appRoot, 'out/secret.txt'), 'not served');
  fs.cpSync(path.join(repoRoot, 'db/migrations'), path.join(appRoot, 'db/migrations'), {
    recursive: true,
  });

  fake = await loadMainBundle(appRoot, dataDir);
});

afterAll(() => {
  fake.electron.app.emit('will-quit');
  for (const dir of [appRoot, dataDir]) fs.rmSync(dir, { recursive: true, force: true });
});

const mainWindow = () => {
  const window = fake.windows[0];
  if (!window) throw new Error('no window');
  return window;
};
const call = async (name: string, input: unknown, sender: unknown = mainWindow().webContents) => {
  const handler = fake.ipcHandlers.get('kasane:call') as (...args: unknown[]) => Promise<unknown>;
  const senderFrame = (sender as { mainFrame?: unknown }).mainFrame ?? null;
  return await handler({ sender, senderFrame }, name, input);
};
const serve = (url: string) => {
  const handler = fake.protocolHandlers.get('kasane');
  if (!handler) throw new Error('no protocol handler');
  return handler(new Request(url));
};

describe('main process wiring', () => {
  it('holds the single-instance lock, sandboxes renderers and declares kasane: privileged', () => {
    expect(fake.calls).toEqual(
      expect.arrayContaining(['app.enableSandbox', 'app.requestSingleInstanceLock']),
    );
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'kasane', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('opens one hardened window with the bundled preload on the app URL', () => {
    expect(fake.windows).toHaveLength(1);
    expect(mainWindow().options.webPreferences).toEqual({
      ...hardenedWebPreferences,
      devTools: true,
      preload: path.join(appRoot, 'out/preload/index.cjs'),
    });
    expect(mainWindow().loadedUrl).toBe('kasane://app/index.html');
  });

  it('serves the renderer with the CSP header, and nothing outside out/renderer', async () => {
    const page = await serve('kasane://app/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<title>K</title>');
    const script = await serve('kasane://app/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await serve('kasane://app/cases/3')).status).toBe(200);
    expect((await serve('kasane://app/..%2fsecret.txt')).status).toBe(404);
    expect((await serve('kasane://app/missing.js')).status).toBe(404);
    expect((await serve('kasane://other/index.html')).status).toBe(404);
  });

  it('refuses permissions, downloads and any request off the app scheme', () => {
    let granted: boolean | undefined;
    fake.session.permissionRequest?.(
      ...([{}, 'media', (ok: boolean) => (granted = ok)] as never[]),
    );
    expect(granted).toBe(false);
    expect(fake.session.permissionCheck?.()).toBe(false);
    const download = fakeEvent();
    // On one PC nothing is downloaded (files are saved through the app); only the office
    // server's own pages may download, and there is no server here.
    fake.session.events.emit('will-download', download, {
      getURL: () => 'https://example.com/a.xlsx',
    });
    expect(download.prevented).toBe(true);
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      const done = (response: { cancel: boolean }) => (cancel = response.cancel);
      fake.session.beforeRequest?.(...([{ url }, done] as never[]));
      return cancel;
    };
    expect(cancelled('https://example.com/x.js')).toBe(true);
    expect(cancelled('kasane://app/assets/app.js')).toBe(false);
  });

  it('keeps the window on app pages and opens no other windows', () => {
    const contents = mainWindow().webContents;
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = fakeEvent('https://evil.example/');
      const home = fakeEvent('kasane://app/index.html#/cases');
      contents.emit(name, away);
      contents.emit(name, home);
      expect([name, away.prevented, home.prevented]).toEqual([name, true, false]);
    }
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('answers calls from its own window only', async () => {
    expect(await call('app.status', {})).toEqual({ ok: true, value: { initialized: false } });
    const stranger = { mainFrame: { url: 'kasane://app/index.html' } };
    expect(await call('app.status', {}, stranger)).toMatchObject({ ok: false, code: 'BAD_SENDER' });
  });

  it('installs the Japanese menu', () => {
    const menu = fake.menus[0] as Array<{ label?: string }>;
    expect(menu.map((item) => item.label)).toEqual(['ファイル', '編集', '表示', 'ヘルプ']);
  });

  it('locks on an OS screen lock and logs out from the menu, reloading the window each time', async () => {
    const setup = {
      login: 'kanri',
      displayName: '管理 花子',
      password: 'correct horse',
      municipalityName: '重ね町',
    };
    expect(await call('setup.init', setup)).toMatchObject({ ok: true });
    const contents = mainWindow().webContents;
    const reloadsBefore = contents.reloads;
    fake.electron.powerMonitor.emit('lock-screen');
    expect(await call('app.status', {})).toMatchObject({ value: { session: { state: 'locked' } } });
    expect(contents.reloads).toBe(reloadsBefore + 1);

    const menu = fake.menus[0] as Array<{
      label?: string;
      submenu?: Array<{ label?: string; click?: () => void }>;
    }>;
    menu[0]?.submenu?.find((item) => item.label === 'ログアウト')?.click?.();
    expect(await call('app.status', {})).toMatchObject({
      value: { session: { state: 'loggedOut' } },
    });
    expect(contents.reloads).toBe(reloadsBefore + 2);
  });

  it('locks before the machine sleeps, reloading the window', async () => {
    const login = { login: 'kanri', password: 'correct horse' };
    expect(await call('auth.login', login)).toMatchObject({ ok: true });
    const contents = mainWindow().webContents;
    const reloadsBefore = contents.reloads;
    fake.electron.powerMonitor.emit('suspend');
    expect(await call('app.status', {})).toMatchObject({ value: { session: { state: 'locked' } } });
    expect(contents.reloads).toBe(reloadsBefore + 1);
    // Already locked: a second signal (the screen locks as the lid closes) changes nothing.
    fake.electron.powerMonitor.emit('lock-screen');
    expect(contents.reloads).toBe(reloadsBefore + 1);
  });

  it('brings the window forward when Kasane is started again', () => {
    const before = mainWindow().focused;
    fake.electron.app.emit('second-instance');
    expect(mainWindow().focused).toBe(before + 1);
  });
});
