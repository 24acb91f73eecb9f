import type { Page } from '@playwright/test';
import { apiCall } from './apiCall';
import { admin, expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';
import { logOut } from './uiSteps';

// Issue 17, defect 3: the 回復キー cannot be lost without anyone knowing. Setup is finished only
// when the key is confirmed as stored; 管理 issues a new one (the old one stops working; audited);
// ホーム warns 管理者 while no key is confirmed.

/** 回復キーで復旧 from the login screen with `key`; returns the alert or the banner it reached. */
async function recoverWith(page: Page, key: string): Promise<void> {
  await page.getByRole('button', { name: '回復キーで復旧' }).click();
  await page.getByRole('textbox', { name: '回復キー', exact: true }).fill(key);
  await page.getByLabel('パスワードを設定し直すログイン名').fill(admin.login);
  await page.getByRole('textbox', { name: '新しいパスワード', exact: true }).fill('recovered-2026');
  await page.getByRole('textbox', { name: '新しいパスワード（確認）' }).fill('recovered-2026');
  await page.getByRole('button', { name: '設定してログイン' }).click();
}

async function confirmShownKey(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: '回復キー' })).toBeVisible();
  const key = (await page.getByTestId('recovery-key').innerText()).trim();
  await page.getByLabel('回復キーを保管しました').check();
  await page.getByRole('button', { name: 'はじめる' }).click();
  return key;
}

test('a reload before 「回復キーを保管しました」 does not land on ホーム: a new key is issued and confirmed', async ({
  page,
  harness,
}) => {
  await page.goto(harness.url);
  await page.getByLabel('自治体名').fill(admin.municipality);
  await page.getByLabel('ログイン名').fill(admin.login);
  await page.getByLabel('表示名').fill(admin.displayName);
  await page.getByLabel('パスワード', { exact: true }).fill(admin.password);
  await page.getByLabel('パスワード（確認）').fill(admin.password);
  await page.getByRole('button', { name: '設定する' }).click();
  await expect(page.getByRole('heading', { name: '回復キー' })).toBeVisible();
  const lostKey = (await page.getByTestId('recovery-key').innerText()).trim();

  // The window is reloaded (or closed and opened again) before the key is confirmed.
  await page.reload();
  await expect(
    page.getByRole('heading', { name: '回復キーの保管が確認されていません' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'ホーム' })).toHaveCount(0);
  await shot(page, 'recovery-key-pending');
  await page.getByRole('button', { name: '新しい回復キーを表示する' }).click();
  const newKey = await confirmShownKey(page);
  expect(newKey).not.toBe(lostKey);
  await expect(page.getByRole('heading', { name: 'ホーム' })).toBeVisible();
  await expect(page.getByText('回復キーの保管が確認されていません')).toHaveCount(0);

  // The key shown before the reload opens nothing.
  await logOut(page);
  await recoverWith(page, lostKey);
  await expect(page.getByRole('alert')).toContainText('回復キーが違います');
});

test('管理 issues a new 回復キー: shown once, the old one stops working, the audit log says so', async ({
  page,
  harness,
}) => {
  const firstKey = await setUpThroughUi(page, harness);
  await page.getByRole('navigation').getByText('管理', { exact: true }).click();
  const section = page.getByRole('region', { name: '回復キー' });
  await expect(section).toContainText('保管を確認済み');
  await shot(page, 'admin-recovery-key');
  await section.getByRole('button', { name: '新しい回復キーを発行' }).click();
  const ask = page.getByRole('dialog', { name: '新しい回復キーを発行しますか' });
  await ask.getByRole('button', { name: '発行する' }).click();
  const newKey = await confirmShownKey(page);
  expect(newKey).not.toBe(firstKey);
  await expect(section).toContainText('保管を確認済み');

  const audit = await apiCall(page, harness, 'audit.list', {});
  const actions = audit.rows.map((row) => row.action);
  expect(actions).toEqual(expect.arrayContaining(['recoveryKey.reissue', 'recoveryKey.confirm']));

  await logOut(page);
  await recoverWith(page, firstKey);
  await expect(page.getByRole('alert')).toContainText('回復キーが違います');
  await page.getByRole('textbox', { name: '回復キー', exact: true }).fill(newKey);
  await page.getByRole('button', { name: '設定してログイン' }).click();
  await expect(page.getByRole('banner').getByText(admin.displayName)).toBeVisible();
});

test('ホーム warns 管理者 while no 回復キー is confirmed (a folder set up from the command line)', async ({
  page,
  harness,
}) => {
  // As `cli init` does: the key is printed to a terminal, never confirmed on a screen.
  harness.session.initialize({
    login: admin.login,
    displayName: admin.displayName,
    password: admin.password,
    municipalityName: admin.municipality,
    recoveryKeyShown: false,
  });
  await page.goto(harness.url);
  const warning = page.getByRole('alert').filter({ hasText: '回復キーの保管が確認されていません' });
  await expect(warning).toBeVisible();
  await shot(page, 'home-recovery-key-warning');
  await warning.getByRole('link', { name: '管理を開く' }).click();
  const section = page.getByRole('region', { name: '回復キー' });
  await expect(section).toContainText('保管が確認されていません');
  await section.getByRole('button', { name: '新しい回復キーを発行' }).click();
  await page
    .getByRole('dialog', { name: '新しい回復キーを発行しますか' })
    .getByRole('button', { name: '発行する' })
    .click();
  await confirmShownKey(page);
  await page.getByRole('navigation').getByText('ホーム', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'ホーム' })).toBeVisible();
  await expect(warning).toHaveCount(0);
});
