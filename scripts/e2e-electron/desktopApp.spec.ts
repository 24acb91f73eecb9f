import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { repoRoot } from '../desktop/bundleOptions';
import { electronAvailability } from './electronAvailability';

// The app's flow in the real Electron: 初期設定, ホーム, ログアウト, ログイン, ロック on a fresh data
// folder, and the hardening as the page meets it. (The window's webPreferences themselves are
// checked on the real main bundle by scripts/desktop/mainBundle.test.ts.)

const availability = electronAvailability(repoRoot, process.env);
test.skip(!availability.ok, availability.ok ? '' : availability.reason);
test.describe.configure({ mode: 'serial' });

const admin = {
  login: 'kanri',
  displayName: '管理 花子',
  password: 'midori-2026-kanri',
  municipality: 'みどり町',
};

let app: ElectronApplication | undefined;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  if (!availability.ok) return;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kasane-electron-e2e-'));
  // ELECTRON_RUN_AS_NODE would make the binary a plain Node and ignore the app.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
    ),
  );
  app = await electron.launch({
    executablePath: availability.binary,
    args: [repoRoot, `--data=${dataDir}`],
    env,
    // Chromium's OS sandbox, as in the installed app; it cannot run as root.
    chromiumSandbox: process.getuid?.() !== 0,
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test('the page has no Node, one API, and cannot leave the app or reach the network', async () => {
  if (!app) throw new Error('not started');
  await expect(page).toHaveURL('kasane://app/index.html');
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  // Strings: the scripts are type-checked without the DOM library.
  expect(
    await page.evaluate('[typeof require, typeof process, Object.keys(window.kasane)]'),
  ).toEqual(['undefined', 'undefined', ['call']]);
  expect(await page.evaluate("window.open('https://example.com/') === null")).toBe(true);
  expect(
    await page.evaluate("fetch('https://example.com/').then(() => 'fetched', () => 'refused')"),
  ).toBe('refused');
  await page.evaluate("location.href = 'https://example.com/'");
  await expect(page).toHaveURL('kasane://app/index.html');
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('初期設定 → ホーム → ログアウト → ログイン → ホーム → ロック', async () => {
  await expect(page.getByRole('heading', { name: '初期設定' })).toBeVisible();
  await page.getByLabel('自治体名').fill(admin.municipality);
  await page.getByLabel('ログイン名').fill(admin.login);
  await page.getByLabel('表示名').fill(admin.displayName);
  await page.getByLabel('パスワード', { exact: true }).fill(admin.password);
  await page.getByLabel('パスワード（確認）').fill(admin.password);
  await page.getByRole('button', { name: '設定する' }).click();
  await expect(page.getByRole('heading', { name: '回復キー' })).toBeVisible();
  await page.getByLabel('回復キーを保管しました').check();
  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.getByRole('heading', { name: 'ホーム' })).toBeVisible();

  // Logging out reloads the window (nothing of the session stays in the page).
  const reloaded = page.waitForEvent('load');
  await page.getByRole('banner').getByRole('button', { name: 'ログアウト' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();

  await page.getByLabel('ログイン名').fill(admin.login);
  await page.getByLabel('パスワード', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'ホーム' })).toBeVisible();
  await expect(page.getByRole('banner').getByText(admin.displayName)).toBeVisible();

  await page.getByRole('button', { name: 'ロック', exact: true }).click();
  await expect(page.getByRole('button', { name: 'ロック解除' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'ホーム' })).toHaveCount(0);

  // Everything went to the encrypted files in the data folder given on the command line.
  expect(fs.readdirSync(dataDir)).toEqual(
    expect.arrayContaining(['kasane.db', 'kasane.keys.json']),
  );
});
