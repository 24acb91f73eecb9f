import fs from 'node:fs';
import { adminOnly } from '../../electron/contract/roles';
import { apiCall, japanDaysAgo } from './apiCall';
import { expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';

test('監査ログ: filter, page, export to Excel, and the chain check names a changed row', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const [me] = await apiCall(page, harness, 'staff.options', {});
  if (!me) throw new Error('no staff');
  const intake = await apiCall(page, harness, 'case.intake', {
    receivedOn: japanDaysAgo(1),
    receivedBy: me.id,
    route: 'counter',
    person: {
      mode: 'newHousehold',
      household: { address: 'みどり町1-2-3' },
      person: { name: '山田 太郎', nameKana: 'やまだ たろう' },
    },
    fields: ['elderly'],
    chiefComplaint: '母の介護について',
  });
  for (let i = 0; i < 55; i += 1) await apiCall(page, harness, 'case.get', { id: intake.caseId });

  await page.getByRole('navigation').getByRole('link', { name: '管理' }).click();
  await page.getByRole('link', { name: '監査ログを見る' }).click();
  await expect(page.getByRole('heading', { name: '監査ログ', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: '監査ログの一覧' });
  await expect(table.getByRole('row')).toHaveCount(51);
  await page.getByRole('button', { name: 'さらに読み込む' }).click();
  await expect(page.getByText(/^\d+件を表示$/)).not.toHaveText('50件を表示');
  await expect(table).toContainText('初期設定');

  // By ケース番号: only that case's rows.
  await page.getByLabel('ケース番号').fill(intake.caseNumber);
  await page.getByRole('button', { name: '絞り込む' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('ケースの閲覧');
  // Times in 和暦, to the second, like every date on screen.
  await expect(table.getByRole('row').nth(1)).toContainText(
    /令和\d+年\d+月\d+日 \d{2}:\d{2}:\d{2}/u,
  );
  await expect(table).toContainText(`ケース ${intake.caseNumber}`);
  await expect(table).not.toContainText('ログイン');
  await shot(page, 'audit-log');

  // Excel: the browser downloads it (the desktop app asks where to save).
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel に出力' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^監査ログ_\d{8}\.xlsx$/);
  const saved = await file.path();
  expect(fs.statSync(saved).size).toBeGreaterThan(1000);

  await page.getByRole('button', { name: '連鎖を検査' }).click();
  await expect(page.getByRole('status')).toContainText('監査ログの連鎖: 異常はありません');

  // Someone with the key changes row 2 behind Kasane's back: the check names it.
  harness.session.withDataKey(adminOnly, ({ sqlite }) => {
    sqlite.exec('DROP TRIGGER audit_log_no_update');
    sqlite.prepare(`UPDATE audit_log SET actor_name = '別人' WHERE id = 2`).run();
  });
  await page.getByRole('button', { name: '連鎖を検査' }).click();
  await expect(
    page.getByRole('alert', { name: '監査ログの連鎖に異常が 1 件見つかりました' }),
  ).toContainText('行 ID 2（2 行目）: 記録の内容が書き換えられています');
});
