import type { Locator, Page } from '@playwright/test';
import type { CallName } from '../../electron/contract';
import { expect } from './fixtures';

/**
 * Small steps through the UI shared by the newer specs (copied from caseWork.spec.ts, which
 * keeps its own private copies).
 */

export type Member = {
  name: string;
  kana: string;
  birth: string;
  relationship: string;
  phone: string;
};

/** Fills one 「世帯員 n」 group of 世帯を登録. */
export async function fillMember(group: Locator, member: Member): Promise<void> {
  await group.getByRole('textbox', { name: '氏名', exact: true }).fill(member.name);
  await group.getByLabel('ふりがな', { exact: true }).fill(member.kana);
  await group.getByLabel('生年月日', { exact: true }).fill(member.birth);
  await group.getByLabel('続柄', { exact: true }).fill(member.relationship);
  await group.getByLabel('電話（自宅）', { exact: true }).fill(member.phone);
}

/** Ctrl+K, the words, Enter: waits for 検索結果 of exactly those words to finish loading. */
export async function headerSearch(page: Page, words: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox', { name: '検索', exact: true });
  await expect(box).toBeFocused();
  await box.fill(words);
  await box.press('Enter');
  await expect(page.getByRole('heading', { name: `「${words}」の検索結果` })).toBeVisible();
  // Both sections are there once the answer came (a loader stands in for them until then).
  await expect(page.getByRole('region', { name: '人物', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'ケース', exact: true })).toBeVisible();
}

/** Opens ケース一覧 from the side menu. */
export async function openCaseList(page: Page): Promise<void> {
  await page.getByRole('navigation').getByText('ケース', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'ケース一覧' })).toBeVisible();
}

/**
 * ログアウト in the header; the page reloads (memoryOwner.ts) and the login screen follows.
 * Waiting for that reload keeps the next step from typing into a page about to be replaced.
 */
export async function logOut(page: Page): Promise<void> {
  const reloaded = page.waitForEvent('load');
  await page.getByRole('banner').getByRole('button', { name: 'ログアウト' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();
}

/** Logs in on the login screen and waits for the shell to show who is working. */
export async function logIn(
  page: Page,
  account: { login: string; password: string; displayName: string },
): Promise<void> {
  await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();
  await page.getByLabel('ログイン名').fill(account.login);
  await page.getByLabel('パスワード', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page.getByRole('banner').getByText(account.displayName)).toBeVisible();
}

/**
 * Resolves once the renderer has had the answer to the next call `name` and a moment to show it
 * (two animation frames). Start it before the action that makes the call.
 */
export async function answerOf(page: Page, name: CallName): Promise<void> {
  const response = await page.waitForResponse(
    (r) =>
      r.url().endsWith('/api/call') &&
      r.request().method() === 'POST' &&
      (r.request().postDataJSON() as { name?: string } | null)?.name === name,
  );
  await response.finished();
  // A string: the scripts are type-checked without the DOM library.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
}
