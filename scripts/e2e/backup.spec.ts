import fs from 'node:fs';
import { apiCall, japanDaysAgo } from './apiCall';
import { admin, expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';
import { logIn } from './uiSteps';

async function addCase(
  page: Parameters<typeof apiCall>[0],
  harness: Parameters<typeof apiCall>[1],
  name: string,
) {
  const [me] = await apiCall(page, harness, 'staff.options', {});
  if (!me) throw new Error('no staff');
  return apiCall(page, harness, 'case.intake', {
    receivedOn: japanDaysAgo(1),
    receivedBy: me.id,
    route: 'counter',
    person: {
      mode: 'newHousehold',
      household: { address: 'みどり町1-2-3' },
      person: { name, nameKana: 'やまだ たろう' },
    },
    fields: ['elderly'],
    chiefComplaint: '母の介護について',
  });
}

test('バックアップ: ホーム warns, 今すぐバックアップ verifies, 復元 brings the backed-up data back', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const backupDir = `${harness.session.paths.dir}/backups`;
  // No verified backup yet: a 管理者's ホーム says so.
  await expect(page.getByTestId('backup-reminder')).toContainText(
    'まだ検査済みのバックアップがありません',
  );
  const kept = await addCase(page, harness, '山田 太郎');

  await page.getByRole('navigation').getByRole('link', { name: '管理' }).click();
  const section = page.getByRole('region', { name: 'バックアップ' });
  await expect(section.getByTestId('backup-folder')).toHaveText(backupDir);
  await expect(section).toContainText('データと同じフォルダの中に保存しています');
  await section.getByRole('button', { name: '今すぐバックアップ' }).click();
  await expect(
    page.getByText(/バックアップを作成し、開き直して検査しました（[\d.]+ MB、[\d.]+秒）/),
  ).toBeVisible();
  await expect(section.getByTestId('last-verified-backup')).toContainText('今日');
  const list = section.getByRole('table', { name: '保存先のバックアップ' });
  await expect(list.getByRole('row')).toHaveCount(2);
  expect(fs.readdirSync(backupDir).filter((n) => n.endsWith('.kasanebackup'))).toHaveLength(1);
  await shot(page, 'admin-backup');

  // A case entered after the backup; restoring goes back to before it.
  const later = await addCase(page, harness, '鈴木 次郎');
  await list.getByRole('button', { name: /のバックアップから復元$/ }).click();
  const confirm = page.getByRole('dialog', { name: 'バックアップから復元しますか' });
  await expect(confirm).toContainText('それ以降に入力した記録は');
  await confirm.getByRole('button', { name: '復元する' }).click();
  await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();
  await logIn(page, admin);
  await expect(page.getByTestId('backup-reminder')).toContainText('最後に検査済みのバックアップ');
  await page.goto(`${harness.url.split('#')[0]}#/cases/${kept.caseId}`);
  await expect(page.getByRole('heading', { name: '山田 太郎', level: 1 })).toBeVisible();
  await expect(page.getByText(kept.caseNumber, { exact: true })).toBeVisible();
  await page.goto(`${harness.url.split('#')[0]}#/cases/${later.caseId}`);
  await expect(page.getByText('ケースが見つかりません')).toBeVisible();
  const names = fs.readdirSync(harness.session.paths.dir);
  expect(names.some((n) => n.startsWith('kasane.db.before-restore-'))).toBe(true);
});
