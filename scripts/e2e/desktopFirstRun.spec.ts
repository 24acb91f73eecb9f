import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createTempDir } from '../../db/testing/createTestDb';
import { fingerprintLines } from '../../electron/main/officeClient/certificateFingerprint';
import {
  readConnectionChoice,
  writeConnectionChoice,
} from '../../electron/main/officeClient/connectionChoice';
import { createConnectionSetup } from '../../electron/main/officeClient/connectionSetupService';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { systemClock } from '../../electron/services/clock';
import { startHarness, type Harness } from '../harness/startHarness';
import { createJsonLog } from '../server/jsonLog';
import { startServer, type OfficeServer } from '../server/startServer';
import { loadTlsCredentials, type TlsCredentials } from '../server/tlsCredentials';
import { logIn } from './uiSteps';

// Issue 15 item 7: the desktop app's first start, through the harness with the desktop shell's
// own connection logic (createConnectionSetup) and a real office server on 127.0.0.1 with a
// real self-signed certificate. Switching the window to the server is Electron's part: here
// the shell's openServer is recorded instead.

type Desk = {
  harness: Harness;
  server: OfficeServer;
  tls: TlsCredentials;
  userDataDir: string;
  opened: string[];
};

const test = base.extend<{ desk: Desk }>({
  // eslint-disable-next-line no-empty-pattern
  desk: async ({}, use) => {
    const serverDir = createTempDir('kasane-firstrun-server-');
    const setup = new SessionManager({ dataDir: serverDir, clock: systemClock, channel: 'cli' });
    setup.initialize({
      login: 'kanri',
      displayName: '管理 花子',
      password: 'midori-2026-kanri',
      municipalityName: 'みどり町',
      recoveryKeyShown: false,
    });
    setup.shutdown();
    const tls = await loadTlsCredentials({ dataDir: serverDir, listenHost: '127.0.0.1' });
    const server = await startServer({
      dataDir: serverDir,
      host: '127.0.0.1',
      port: 0,
      tls,
      log: createJsonLog(() => undefined),
    });
    const userDataDir = createTempDir('kasane-firstrun-userdata-');
    const pcDataDir = createTempDir('kasane-firstrun-pc-');
    const opened: string[] = [];
    const harness = await startHarness({
      dataDir: pcDataDir,
      port: 0,
      connectionSetup: createConnectionSetup({
        userDataDir,
        openServer: (choice) => opened.push(choice.origin),
      }),
    });
    await use({ harness, server, tls, userDataDir, opened });
    await harness.close();
    await server.close();
    for (const dir of [serverDir, userDataDir, pcDataDir]) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
});

async function look(page: Page, name: string): Promise<void> {
  const dir = process.env.KASANE_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  for (const [width, height] of [
    [1280, 800],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage: true });
  }
}

test('first start: connect to the office server after comparing its fingerprint', async ({
  page,
  desk,
}) => {
  await page.goto(desk.harness.url);
  await expect(
    page.getByRole('heading', { name: 'Kasane の使い方を選んでください' }),
  ).toBeVisible();
  await look(page, 'firstrun-choice');
  await page.getByRole('button', { name: '事務所のサーバーに接続する' }).click();

  // A typo and plain http are refused with what to type.
  await page.getByLabel('サーバーのアドレス').fill('http://127.0.0.1');
  await page.getByRole('button', { name: '確認する' }).click();
  await expect(page.getByRole('alert')).toContainText('https でだけ接続します');

  const port = new URL(desk.server.origin).port;
  await page.getByLabel('サーバーのアドレス').fill(`127.0.0.1:${port}`);
  await page.getByRole('button', { name: '確認する' }).click();
  await expect(
    page.getByRole('heading', { name: 'サーバーの証明書を確かめてください' }),
  ).toBeVisible();
  // The fingerprint shown is the one the server printed at its start (and 管理 shows).
  await expect(page.getByTestId('server-fingerprint')).toHaveText(
    fingerprintLines(desk.tls.fingerprint).join('\n'),
  );
  await look(page, 'firstrun-fingerprint');
  const connect = page.getByRole('button', { name: '接続する' });
  await expect(connect).toBeDisabled();
  await page.getByRole('button', { name: '違う' }).click();
  await expect(page.getByRole('alert')).toContainText('接続しないでください');
  expect(readConnectionChoice(desk.userDataDir)).toEqual({ state: 'unset' });

  await page.getByLabel('同じであることを確かめました').check();
  await connect.click();
  await expect(page.getByText('事務所サーバーに接続しています…')).toBeVisible();
  await expect.poll(() => desk.opened).toEqual([desk.server.origin]);
  const saved = readConnectionChoice(desk.userDataDir);
  expect(saved.state === 'chosen' ? saved.choice : null).toMatchObject({
    mode: 'server',
    origin: desk.server.origin,
    fingerprint: desk.tls.fingerprint,
  });
});

test('a changed certificate is refused and explained; nothing offers to accept it', async ({
  page,
  desk,
}) => {
  const pinned = `AB:${desk.tls.fingerprint.slice(3)}`;
  writeConnectionChoice(desk.userDataDir, {
    mode: 'server',
    origin: desk.server.origin,
    fingerprint: pinned,
    pinnedAt: '2026-12-01T00:00:00.000Z',
  });
  await page.goto(desk.harness.url);
  await expect(
    page.getByRole('heading', { name: 'サーバーの証明書が変わっています。接続を止めました' }),
  ).toBeVisible();
  const happened = page.getByTestId('connection-happened');
  await expect(happened).toContainText(fingerprintLines(pinned).join(' '));
  await expect(happened).toContainText(fingerprintLines(desk.tls.fingerprint).join(' '));
  await expect(
    page.getByText('情報システム担当者に連絡してください', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText('--reconnect', { exact: false })).toBeVisible();
  await look(page, 'firstrun-refused');
  // The only action is to try again, which is refused again: the window never opens the server.
  await expect(page.getByRole('button')).toHaveCount(1);
  await page.getByRole('button', { name: 'もう一度試す' }).click();
  await expect(happened).toBeVisible();
  expect(desk.opened).toEqual([]);
});

test('first start: 「このPCだけで使う」 goes on to 初期設定 and is remembered', async ({
  page,
  desk,
}) => {
  await page.goto(desk.harness.url);
  await page.getByRole('button', { name: 'このPCだけで使う' }).click();
  await expect(page.getByRole('heading', { name: '初期設定' })).toBeVisible();
  expect(readConnectionChoice(desk.userDataDir)).toEqual({
    state: 'chosen',
    choice: { mode: 'local' },
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: '初期設定' })).toBeVisible();
});

test('管理 → サーバー情報 shows the fingerprint the first-run screen shows', async ({
  browser,
  desk,
}) => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(desk.server.origin);
  await logIn(page, { login: 'kanri', password: 'midori-2026-kanri', displayName: '管理 花子' });
  await page.goto(`${desk.server.origin}/#/admin`);
  await expect(page.getByRole('heading', { name: 'サーバー情報' })).toBeVisible();
  await expect(page.getByTestId('server-info-fingerprint')).toHaveText(
    fingerprintLines(desk.tls.fingerprint).join('\n'),
  );
  await page.getByRole('heading', { name: 'サーバー情報' }).scrollIntoViewIfNeeded();
  await look(page, 'admin-server-info');
  await context.close();
});
