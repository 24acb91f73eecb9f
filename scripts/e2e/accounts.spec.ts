import { admin, expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';
import { logIn, logOut } from './uiSteps';

const worker = { login: 'soudan1', displayName: '相談 一郎', password: 'soudan-pass-1' };

test('管理 → 職員アカウント: add, reset, disable; everyone changes their own password', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  await page.getByRole('navigation').getByRole('link', { name: '管理' }).click();
  const staff = page.getByRole('region', { name: '職員アカウント' });
  const table = staff.getByRole('table', { name: '職員アカウント一覧' });
  await expect(table).toContainText(admin.displayName);

  // Add a 相談員; the form checks the contract's rules before sending.
  await staff.getByRole('button', { name: '職員を追加' }).click();
  const dialog = page.getByRole('dialog', { name: '職員を追加' });
  await dialog.getByLabel('ログイン名').fill('x');
  await dialog.getByRole('button', { name: '追加する' }).click();
  await expect(
    dialog.getByText('ログイン名は半角英数字と . _ - で2〜32文字にしてください'),
  ).toBeVisible();
  await dialog.getByLabel('ログイン名').fill(worker.login);
  await dialog.getByLabel('表示名').fill(worker.displayName);
  await dialog.getByLabel('所属').fill('地域共生推進課');
  await dialog.getByRole('textbox', { name: 'パスワード', exact: true }).fill(worker.password);
  await dialog.getByLabel('パスワード（確認）').fill(worker.password);
  await dialog.getByRole('button', { name: '追加する' }).click();
  await expect(dialog).toBeHidden();
  const row = table.getByRole('row').filter({ hasText: worker.displayName });
  await expect(row).toContainText('相談員');
  await expect(row).toContainText('地域共生推進課');
  await shot(page, 'admin-staff');

  // Reset the password: the old one stops working, the new one opens.
  await staff.getByRole('button', { name: `${worker.displayName}のパスワードを再設定` }).click();
  const reset = page.getByRole('dialog');
  await reset.getByRole('textbox', { name: 'パスワード', exact: true }).fill('reset-pass-2');
  await reset.getByLabel('パスワード（確認）').fill('reset-pass-2');
  await reset.getByRole('button', { name: '再設定する' }).click();
  await expect(reset).toBeHidden();

  // The worker logs in and changes their own password from the header menu.
  await logOut(page);
  await logIn(page, { ...worker, password: 'reset-pass-2' });
  await page.getByRole('button', { name: 'ユーザーメニュー' }).click();
  await page.getByRole('menuitem', { name: 'パスワード変更' }).click();
  const change = page.getByRole('dialog', { name: 'パスワード変更' });
  await change.getByLabel('現在のパスワード').fill('wrong-password');
  await change
    .getByRole('textbox', { name: '新しいパスワード', exact: true })
    .fill('my-own-pass-3');
  await change.getByLabel('新しいパスワード（確認）').fill('my-own-pass-3');
  await change.getByRole('button', { name: '変更する' }).click();
  await expect(change.getByRole('alert')).toContainText('現在のパスワードが違います');
  await shot(page, 'change-password');
  await change.getByLabel('現在のパスワード').fill('reset-pass-2');
  await change.getByRole('button', { name: '変更する' }).click();
  await expect(change).toBeHidden();
  await logOut(page);
  await logIn(page, { ...worker, password: 'my-own-pass-3' });
  await logOut(page);

  // The 管理者 disables the worker; the worker can no longer log in.
  await logIn(page, admin);
  await page.getByRole('navigation').getByRole('link', { name: '管理' }).click();
  await staff.getByRole('button', { name: `${worker.displayName}を無効にする` }).click();
  await page.getByRole('dialog').getByRole('button', { name: '無効にする' }).click();
  await expect(row).toContainText('無効');
  await logOut(page);
  await page.getByLabel('ログイン名').fill(worker.login);
  await page.getByLabel('パスワード', { exact: true }).fill('my-own-pass-3');
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('ログイン名またはパスワードが違います');
});
