import { admin, expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';
import { logIn, logOut } from './uiSteps';

test('回復キーで復旧: the recovery key sets a new 管理者 password from the login screen', async ({
  page,
  harness,
}) => {
  const recoveryKey = await setUpThroughUi(page, harness);
  await logOut(page);
  await page.getByRole('button', { name: '回復キーで復旧' }).click();
  await expect(page.getByRole('heading', { name: '回復キーで復旧' })).toBeVisible();
  const fill = async (key: string) => {
    await page.getByRole('textbox', { name: '回復キー', exact: true }).fill(key);
    await page.getByLabel('パスワードを設定し直すログイン名').fill(admin.login);
    await page
      .getByRole('textbox', { name: '新しいパスワード', exact: true })
      .fill('recovered-2026');
    await page.getByRole('textbox', { name: '新しいパスワード（確認）' }).fill('recovered-2026');
    await page.getByRole('button', { name: '設定してログイン' }).click();
  };
  await fill('AAAA-BBBB-CCCC-DDDD');
  await expect(page.getByRole('alert')).toContainText('回復キーが違います');
  await shot(page, 'recover');
  // Typed in lower case without dashes: still the same key.
  await fill(recoveryKey.replaceAll('-', '').toLowerCase());
  await expect(page.getByRole('banner').getByText(admin.displayName)).toBeVisible();
  await logOut(page);
  await logIn(page, { ...admin, password: 'recovered-2026' });
});
