import { apiCall } from './apiCall';
import { expect, setUpThroughUi, test } from './fixtures';

// Issue 17, defect 11 (the case screen's smaller traps): 主訴 keeps its line breaks and shows a
// 4,000-character counter while typed, 来談者 appears on the case screen, the 本人同意 form starts
// with nothing chosen, and agency pickers offer the case's own agencies first.

test('主訴 counter and line breaks, 来談者, an empty 本人同意 form, the case agencies first', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);

  await page.goto(`${harness.origin}/#/cases/new`);
  await expect(page.getByRole('heading', { name: '相談受付' })).toBeVisible();
  await page.getByRole('radio', { name: '窓口' }).check();
  await page.getByRole('checkbox', { name: '本人以外が来談' }).check();
  await page.getByLabel('来談者', { exact: true }).fill('山田 花子');
  await page.getByLabel('来談者の続柄').fill('長女');
  await page.getByText('新しく登録する', { exact: true }).click();
  await page.getByRole('textbox', { name: '氏名', exact: true }).fill('山田 一郎');
  await page.getByLabel('ふりがな', { exact: true }).fill('やまだ いちろう');
  await page.getByLabel('生年月日', { exact: true }).fill('昭和20年5月5日');
  await page.getByRole('checkbox', { name: '高齢' }).check();

  const complaint = page.getByLabel('主訴');
  const counter = page.getByTestId('length-count');
  await expect(counter).toHaveText('0 / 4,000文字');
  await complaint.fill('あ'.repeat(4001));
  await expect(counter).toHaveText('4,001 / 4,000文字（1文字多すぎます）');
  await complaint.fill('物忘れが増えた。\n火の不始末が心配。');
  await expect(counter).toHaveText('18 / 4,000文字');
  await page.getByRole('button', { name: '受付を保存' }).click();
  await expect(page.getByRole('heading', { name: '山田 一郎', level: 1 })).toBeVisible();

  // 主訴 as written, on two lines; 来談者 with the relationship.
  const shown = page.getByTestId('chief-complaint');
  await expect(shown).toBeVisible();
  expect(await shown.innerText()).toBe('物忘れが増えた。\n火の不始末が心配。');
  const header = page.getByRole('banner').or(page.locator('header')).last();
  await expect(header.getByText('来談者', { exact: true })).toBeVisible();
  await expect(header.getByText('山田 花子（長女）')).toBeVisible();

  // Two agencies in the directory; the case has the one a plain list (by 種別) shows last.
  const caseId = Number(/#\/cases\/(\d+)/u.exec(page.url())?.[1]);
  await apiCall(page, harness, 'agency.create', {
    agency: { name: 'みどり町地域包括支援センター', kind: 'houkatsu' },
  });
  const own = await apiCall(page, harness, 'agency.create', {
    agency: { name: 'みどり町社会福祉協議会', kind: 'shakyo' },
  });
  await apiCall(page, harness, 'caseAgency.set', { caseId, agencyId: own.id, role: '' });
  await page.reload();

  // 本人同意: nothing chosen; saving asks for the choices.
  await page.getByRole('tab', { name: '本人同意' }).click();
  const consentForm = page.getByRole('form', { name: '同意を記録' });
  const state = consentForm.getByRole('radiogroup', { name: '状態' });
  for (const label of ['未確認', '同意あり', '同意なし', '撤回']) {
    await expect(state.getByRole('radio', { name: label })).not.toBeChecked();
  }
  const method = consentForm.getByRole('radiogroup', { name: '取得方法' });
  for (const label of ['なし', '署名', '口頭', '代筆']) {
    await expect(method.getByRole('radio', { name: label })).not.toBeChecked();
  }
  await consentForm.getByRole('button', { name: '記録する' }).click();
  await expect(consentForm.getByText('状態を選んでください')).toBeVisible();
  await expect(consentForm.getByText('取得方法を選んでください（なければ「なし」）')).toBeVisible();

  // The agency picker opens on the case's own agency.
  await consentForm.getByRole('combobox', { name: '対象の関係機関' }).click();
  await expect(page.getByRole('option').first()).toHaveText(own.name);
  await expect(page.getByRole('listbox').getByText('このケースの関係機関', { exact: true })).toBeVisible();
});
