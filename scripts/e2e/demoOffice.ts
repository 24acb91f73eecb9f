import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { test as base, expect, type Page } from '@playwright/test';
import { createTempDir } from '../../db/testing/createTestDb';
import { runCli } from '../cli/runCli';
import { startHarness, type Harness } from '../harness/startHarness';
import { logIn } from './uiSteps';

/** The 管理者 of the demo office, set up as the README's demo steps do (with a 表示名). */
export const demoAdmin = {
  login: 'kanri',
  displayName: '管理 花子',
  password: 'midori-2026-demo',
};

async function cli(argv: readonly string[]): Promise<void> {
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  stdin.end();
  const err: Buffer[] = [];
  const sink = (chunks?: Buffer[]) =>
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks?.push(chunk);
        callback();
      },
    });
  const env = { KASANE_USER: demoAdmin.login, KASANE_PASSWORD: demoAdmin.password };
  const code = await runCli(argv, { env, stdin, stdout: sink(), stderr: sink(err) });
  if (code !== 0) throw new Error(`${argv[0] ?? ''}: ${Buffer.concat(err).toString('utf8')}`);
}

/**
 * Each test gets a demo みどり町 (CLI init + demo, as the README shows) behind its own harness;
 * the office is shared by the tests of one worker file, since making it takes a few seconds.
 */
export const test = base.extend<object, { demoHarness: Harness }>({
  demoHarness: [
    // Playwright reads the fixture's dependencies from this destructuring; it has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const root = createTempDir('kasane-e2e-demo-');
      const dataDir = path.join(root, 'data');
      await cli(['init', '--data', dataDir, '--municipality', 'みどり町', '--name', demoAdmin.displayName]);
      await cli(['demo', '--data', dataDir, '--households', '24', '--seed', '3']);
      const harness = await startHarness({ dataDir, port: 0 });
      await use(harness);
      await harness.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 120_000 },
  ],
});

/**
 * Opens the demo office as its 管理者: logs in, unless an earlier test of the file left the
 * harness's one session logged in (the session lives in the harness, not in the browser).
 */
export async function logInToDemo(page: Page, harness: Harness): Promise<void> {
  await page.goto(harness.url);
  const login = page.getByRole('heading', { name: 'ログイン' });
  const shell = page.getByRole('banner').getByText(demoAdmin.displayName);
  await expect(login.or(shell)).toBeVisible();
  if (await login.isVisible()) await logIn(page, demoAdmin);
}
