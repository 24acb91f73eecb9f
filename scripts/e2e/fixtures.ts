import fs from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { createTempDir } from '../../db/testing/createTestDb';
import { startHarness, type Harness } from '../harness/startHarness';

/** Each test gets its own data folder and harness (a fresh, never set-up office). */
export const test = base.extend<{ harness: Harness }>({
  // Playwright reads the fixture's dependencies from this destructuring; it has none.
  // eslint-disable-next-line no-empty-pattern
  harness: async ({}, use) => {
    const dataDir = createTempDir('kasane-e2e-');
    const harness = await startHarness({ dataDir, port: 0 });
    await use(harness);
    await harness.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

export const admin = {
  login: 'kanri',
  displayName: '管理 花子',
  password: 'midori-2026-kanri',
  municipality: 'みどり町',
};

/** Goes through 初期設定 in the UI and lands on the home screen. */
export async function setUpThroughUi(page: Page, harness: Harness): Promise<string> {
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: '初期設定' })).toBeVisible();
  await page.getByLabel('自治体名').fill(admin.municipality);
  await page.getByLabel('ログイン名').fill(admin.login);
  await page.getByLabel('表示名').fill(admin.displayName);
  await page.getByLabel('パスワード', { exact: true }).fill(admin.password);
  await page.getByLabel('パスワード（確認）').fill(admin.password);
  await page.getByRole('button', { name: '設定する' }).click();
  await expect(page.getByRole('heading', { name: '回復キー' })).toBeVisible();
  const recoveryKey = (await page.getByTestId('recovery-key').innerText()).trim();
  await page.getByLabel('回復キーを保管しました').check();
  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.getByRole('heading', { name: 'ホーム' })).toBeVisible();
  return recoveryKey;
}
