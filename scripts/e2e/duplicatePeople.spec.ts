import type { Page } from '@playwright/test';
import type { Harness } from '../harness/startHarness';
import { apiCall } from './apiCall';
import { expect, setUpThroughUi, test } from './fixtures';
import { fillMember, headerSearch } from './uiSteps';

// Issue 17, defects 1, 8 and 11 (the intake by address): a person registered as 「髙橋\u3000﨑子」 is
// the same person when a worker types 「高橋 崎子」; search finds her by 「高橋」; she is stored as typed.

async function registerTakahashi(page: Page, harness: Harness) {
  const household = await apiCall(page, harness, 'household.create', {
    household: { address: 'みどり町本町3-2-1' },
    members: [
      {
        name: '髙橋　﨑子',
        nameKana: 'たかはし さきこ',
        birthDate: '1970-03-02',
        relationship: '本人',
      },
      { name: '齋藤 德子', nameKana: 'さいとう のりこ', birthDate: '1961-05-05' },
    ],
  });
  const [takahashi, saito] = household.members;
  if (!takahashi || !saito) throw new Error('household.create returned no members');
  return { household, takahashi, saito };
}

async function personCount(page: Page, harness: Harness, words: string): Promise<number> {
  const found = await apiCall(page, harness, 'search.query', { q: words, limit: 20 });
  return found.persons.length;
}

test('相談受付 →「新しく登録する」 asks when the person is registered in another spelling, and uses her', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const { takahashi } = await registerTakahashi(page, harness);

  await page.goto(`${harness.origin}/#/cases/new`);
  await expect(page.getByRole('heading', { name: '相談受付' })).toBeVisible();
  await page.getByRole('radio', { name: '窓口' }).check();
  await page.getByText('新しく登録する', { exact: true }).click();
  await page.getByRole('textbox', { name: '氏名', exact: true }).fill('高橋 崎子');
  await page.getByLabel('ふりがな', { exact: true }).fill('タカハシ サキコ');
  await page.getByLabel('生年月日', { exact: true }).fill('昭和45年3月2日');
  await page.getByRole('checkbox', { name: '生活困窮' }).check();
  await page.getByLabel('主訴').fill('仕事を失い家賃が払えない。');
  await page.getByRole('button', { name: '受付を保存' }).click();

  const dialog = page.getByRole('dialog', { name: '同じ人が登録されていませんか' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('髙橋　﨑子');
  await dialog.getByRole('button', { name: 'この人を本人にする' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('intake-chosen')).toContainText('髙橋　﨑子');
  await page.getByRole('button', { name: '受付を保存' }).click();

  await expect(page.getByText(/ケース R\d+-\d{4} を作成しました/)).toBeVisible();
  await expect(page.getByRole('heading', { name: '髙橋　﨑子', level: 1 })).toBeVisible();
  // One person, stored exactly as first typed: no second 高橋 崎子.
  expect(await personCount(page, harness, '高橋')).toBe(1);
  const found = await apiCall(page, harness, 'search.query', { q: 'たかはし', limit: 20 });
  expect(found.persons.map((p) => [p.id, p.name])).toEqual([[takahashi.id, '髙橋　﨑子']]);
});

test('世帯を登録 asks for a member written with other kanji variants or the same reading', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  await registerTakahashi(page, harness);

  await page.goto(`${harness.origin}/#/households/new`);
  await expect(page.getByRole('heading', { name: '世帯を登録' })).toBeVisible();
  await fillMember(page.getByRole('group', { name: '世帯員 1' }), {
    name: '斎藤 徳子',
    kana: 'サイトウ ノリコ',
    birth: 'S36.5.5',
    relationship: '本人',
    phone: '',
  });
  await page.getByRole('button', { name: '世帯を登録する' }).click();
  const dialog = page.getByRole('dialog', { name: '同じ人が登録されていませんか' });
  await expect(dialog).toContainText('齋藤 德子');
  await dialog.getByRole('button', { name: '入力に戻る' }).click();
  await expect(dialog).toBeHidden();
  expect(await personCount(page, harness, '斎藤')).toBe(1);
});

test('search finds 「髙橋　﨑子」 from 「高橋」, and 相談受付 by its address names her', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const { takahashi } = await registerTakahashi(page, harness);

  await headerSearch(page, '高橋');
  await expect(page.getByRole('region', { name: '人物', exact: true })).toContainText('髙橋　﨑子');
  await headerSearch(page, '斎藤徳子');
  await expect(page.getByRole('region', { name: '人物', exact: true })).toContainText('齋藤 德子');

  // Opened by its address (a bookmark, a reload): the card names the person, not a number.
  await page.goto(`${harness.origin}/#/cases/new?person=${takahashi.id}`);
  await page.reload();
  await expect(page.getByRole('heading', { name: '相談受付' })).toBeVisible();
  await expect(page.getByTestId('intake-chosen')).toContainText('髙橋　﨑子');
  await expect(page.getByTestId('intake-chosen')).not.toContainText('番号');
});
