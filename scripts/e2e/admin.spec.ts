import { meetingKinds } from '../../electron/contract/meetingCodes';
import { defaultPrivacyNotice } from '../../electron/contract/schemas/settings';
import { apiCall } from './apiCall';
import { admin, expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';

test('管理: the 課題 list is edited in place and 基本設定 reach the header', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  await page.getByRole('navigation').getByRole('link', { name: '管理' }).click();
  await expect(page.getByRole('heading', { name: '管理', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: '職員アカウント一覧' })).toContainText(admin.login);

  const list = page.getByRole('list', { name: '課題の選択肢' });
  await expect(list.getByRole('listitem').first()).toContainText('8050問題');

  // Add, refuse a duplicate typed in full-width digits, move up.
  await page.getByLabel('新しい課題').fill('ゴミ屋敷');
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await expect(list.getByRole('listitem').last()).toContainText('ゴミ屋敷');
  await page.getByLabel('新しい課題').fill('８０５０問題');
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await expect(page.getByText('同じ名前の課題がすでにあります')).toBeVisible();
  await page.getByRole('button', { name: '「ゴミ屋敷」を上へ' }).click();
  await expect(list.getByRole('listitem').last()).not.toContainText('ゴミ屋敷');

  // Rename = the new label in place, the old one retired (records keep it).
  const doubleCare = list.getByRole('listitem').filter({ hasText: 'ダブルケア' });
  await doubleCare.getByRole('button', { name: '名前を変更' }).click();
  await page.getByLabel('「ダブルケア」の新しい名前').fill('ダブルケア（育児と介護）');
  await page.getByLabel('「ダブルケア」の新しい名前').press('Enter');
  await expect(list).toContainText('ダブルケア（育児と介護）');
  await expect(page.getByRole('button', { name: '「ダブルケア」を戻す' })).toBeVisible();

  // Retire and restore.
  await list
    .getByRole('listitem')
    .filter({ hasText: '不登校' })
    .getByRole('button', { name: '使わなくする' })
    .click();
  await expect(page.getByRole('button', { name: '「不登校」を戻す' })).toBeVisible();
  await shot(page, 'admin');
  await page.getByRole('button', { name: '「不登校」を戻す' }).click();
  await expect(list.getByRole('listitem').last()).toContainText('不登校');

  const saved = await apiCall(page, harness, 'codeList.get', { list: 'issueTag' });
  const active = saved.filter((e) => e.active).map((e) => e.label);
  expect(active).toContain('ダブルケア（育児と介護）');
  expect(active.slice(-2)).toEqual(['ゴミ屋敷', '不登校']);
  expect(saved.filter((e) => !e.active).map((e) => e.label)).toEqual(['ダブルケア']);

  // 基本設定: checked at the field, then saved and shown in the header.
  await page.getByLabel('自動ロックまでの時間（分）').fill('');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('自動ロックまでの時間を入力してください')).toBeVisible();
  await page.getByLabel('自動ロックまでの時間（分）').fill('15');
  await page.getByLabel('自治体名').fill('あおば町');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('banner').getByText('あおば町')).toBeVisible();
  expect(await apiCall(page, harness, 'settings.get', {})).toEqual({
    municipalityName: 'あおば町',
    idleLockMinutes: 15,
    planEvaluationMonths: 3,
    meetingKindNames: meetingKinds.labels,
    privacyNotice: defaultPrivacyNotice,
  });
});
