import type { Page } from '@playwright/test';
import { apiCall } from './apiCall';
import { expect, setUpThroughUi, test } from './fixtures';
import type { Harness } from '../harness/startHarness';
import { shot } from './shots';

async function seedDirectory(page: Page, harness: Harness): Promise<void> {
  const agencies = [
    {
      name: 'みどり町地域包括支援センター',
      kind: 'houkatsu',
      contactPerson: '佐藤 一郎',
      phone: '0123-45-1111',
      shienMeetingMember: true,
    },
    {
      name: 'みどり町社会福祉協議会',
      kind: 'shakyo',
      contactPerson: '高橋 恵',
      phone: '0123-45-3333',
      shienMeetingMember: true,
    },
    {
      name: '障害者相談支援事業所 ひかり',
      kind: 'disabilitySupport',
      contactPerson: '伊藤 真',
      phone: '0123-46-0001',
      shienMeetingMember: false,
    },
    {
      name: 'ハローワークみどり',
      kind: 'helloWork',
      contactPerson: '',
      phone: '0123-47-8609',
      shienMeetingMember: false,
    },
    {
      name: 'みどり町立みどり中学校',
      kind: 'school',
      contactPerson: '教頭 中村',
      phone: '0123-45-7000',
      shienMeetingMember: true,
    },
  ] as const;
  for (const agency of agencies) {
    await apiCall(page, harness, 'agency.create', { agency });
  }
}

test('関係機関: register with checks at the field, filter, edit and retire', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  await page.getByRole('navigation').getByRole('link', { name: '関係機関' }).click();
  await expect(page.getByRole('heading', { name: '関係機関', level: 1 })).toBeVisible();
  await expect(page.getByText('まだ関係機関が登録されていません。')).toBeVisible();

  // The contract's own rules, in Japanese, at the fields.
  await page.getByRole('button', { name: '関係機関を登録' }).click();
  const dialog = page.getByRole('dialog', { name: '関係機関を登録' });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('機関名を入力してください')).toBeVisible();
  await expect(dialog.getByText('種別を選んでください')).toBeVisible();
  await shot(page, 'agency-form-errors');

  await dialog.getByLabel('機関名').fill('こども家庭センター みどり');
  await dialog.getByRole('combobox', { name: '種別' }).click();
  await page.getByRole('option', { name: 'こども家庭センター', exact: true }).click();
  await dialog.getByLabel('担当者').fill('小林 美咲');
  await dialog.getByLabel('電話').fill('0123-45-5555');
  await dialog.getByLabel('所在地').fill('みどり町役場 2階');
  await dialog.getByLabel('支援会議の構成員').check();
  await dialog.getByLabel('メモ').fill('平日 8:30〜17:15');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const table = page.getByRole('table', { name: '関係機関' });
  await expect(table.getByRole('row', { name: /こども家庭センター みどり/ })).toContainText(
    '構成員',
  );

  await seedDirectory(page, harness);
  await page.reload();
  await expect(table.getByRole('row')).toHaveCount(7);
  await shot(page, 'agency-directory');

  // Filters: words (half-width too), phone digits without hyphens, 種別.
  const filter = page.getByLabel('絞り込み');
  await filter.fill('包括');
  await expect(table.getByRole('row')).toHaveCount(2);
  await filter.fill('0123478609');
  await expect(table.getByRole('row', { name: /ハローワークみどり/ })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await filter.fill('');
  await page.getByRole('combobox', { name: '種別' }).click();
  await page.getByRole('option', { name: '学校', exact: true }).click();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(page.getByText('1件 / 6件')).toBeVisible();
  await page.getByRole('combobox', { name: '種別' }).click();
  await page.getByRole('option', { name: '学校', exact: true }).click();

  // Retiring hides an agency unless asked to show retired ones.
  await page.getByRole('button', { name: 'ハローワークみどりを編集' }).click();
  const edit = page.getByRole('dialog', { name: '関係機関を編集' });
  await expect(edit.getByLabel('機関名')).toHaveValue('ハローワークみどり');
  await edit.getByLabel('使用中').uncheck();
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(table.getByRole('row', { name: /ハローワークみどり/ })).toHaveCount(0);
  await page.getByLabel('使用停止中も表示').check();
  await expect(table.getByRole('row', { name: /ハローワークみどり/ })).toContainText('使用停止');
});
