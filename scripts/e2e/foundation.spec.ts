import { admin, expect, setUpThroughUi, test } from './fixtures';
import { logOut } from './uiSteps';

test('a 管理者 sets Kasane up, logs in, locks, unlocks and logs out', async ({ page, harness }) => {
  const recoveryKey = await setUpThroughUi(page, harness);
  expect(recoveryKey).toMatch(/^([A-Z0-9]{4}-){12}[A-Z0-9]{4}$/);

  // The home screen is Japanese and names the office and the user.
  await expect(page.getByText(admin.municipality).first()).toBeVisible();
  await expect(page.getByText(admin.displayName).first()).toBeVisible();
  for (const area of ['ケース', '支援プラン', '会議', '参加支援', '地域づくり', '帳票・Excel', '管理']) {
    await expect(page.getByRole('navigation').getByText(area, { exact: true })).toBeVisible();
  }

  await page.getByRole('button', { name: 'ロック', exact: true }).click();
  await expect(page.getByRole('button', { name: 'ロック解除' })).toBeVisible();
  await expect(page.getByText(admin.displayName).first()).toBeVisible();

  // A wrong password keeps it locked and says so in Japanese.
  await page.getByLabel('パスワード').fill('not-the-password');
  await page.getByRole('button', { name: 'ロック解除' }).click();
  await expect(page.getByRole('alert')).toContainText('パスワードが違います');

  await page.getByLabel('パスワード').fill(admin.password);
  await page.getByRole('button', { name: 'ロック解除' }).click();
  await expect(page.getByRole('heading', { name: 'ホーム' })).toBeVisible();

  // logOut waits for the app's own reload, so the reload below does not race it.
  await logOut(page);

  // Reloading keeps the session state on the main side: still logged out.
  await page.reload();
  await expect(page.getByRole('button', { name: 'ログイン' })).toBeVisible();
});

test('a wrong password at login shows an error, the right one opens home', async ({ page, harness }) => {
  await setUpThroughUi(page, harness);
  await logOut(page);

  await page.getByLabel('ログイン名').fill(admin.login);
  await page.getByLabel('パスワード').fill('wrong-password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('alert')).toContainText('ログイン名またはパスワードが違います');
  await expect(page.getByRole('heading', { name: 'ホーム' })).toHaveCount(0);

  await page.getByLabel('パスワード').fill(admin.password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('heading', { name: 'ホーム' })).toBeVisible();
});

test('the screen locks itself after the idle time', async ({ page, harness }) => {
  await page.clock.install();
  await setUpThroughUi(page, harness);
  await page.clock.fastForward('10:30');
  await expect(page.getByRole('button', { name: 'ロック解除' })).toBeVisible();
  expect(harness.session.status()).toMatchObject({ session: { state: 'locked' } });
});

test('the page refuses to work without the run token', async ({ page, harness }) => {
  await page.goto(harness.origin + '/');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(harness.session.status()).toEqual({ initialized: false });
});
