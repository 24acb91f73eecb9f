import type { Locator, Page } from '@playwright/test';
import { expect, setUpThroughUi, test } from './fixtures';

type Member = { name: string; kana: string; birth: string; relationship: string; phone: string };

const parent: Member = {
  name: '山田 花子',
  kana: 'やまだ はなこ',
  birth: '昭和45年3月2日',
  relationship: '親',
  phone: '090-1234-5678',
};
const child: Member = {
  name: '山田 太郎',
  kana: 'やまだ たろう',
  birth: 'H7.4.1',
  relationship: '子',
  phone: '080-2222-3333',
};

async function fillMember(group: Locator, member: Member): Promise<void> {
  await group.getByRole('textbox', { name: '氏名', exact: true }).fill(member.name);
  await group.getByLabel('ふりがな', { exact: true }).fill(member.kana);
  await group.getByLabel('生年月日', { exact: true }).fill(member.birth);
  await group.getByLabel('続柄', { exact: true }).fill(member.relationship);
  await group.getByLabel('電話（自宅）', { exact: true }).fill(member.phone);
}

async function headerSearch(page: Page, words: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox', { name: '検索', exact: true });
  await expect(box).toBeFocused();
  await box.fill(words);
  await box.press('Enter');
  await expect(page.getByRole('heading', { name: `「${words}」の検索結果` })).toBeVisible();
}

test('a new user registers a household, takes an intake, and finds the case again', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);

  // ケース: an empty list says so in Japanese.
  await page.getByRole('navigation').getByText('ケース', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'ケース一覧' })).toBeVisible();
  await expect(page.getByText('条件に合うケースはありません。')).toBeVisible();

  // 世帯を登録: the household and two members, 親 and 子.
  await page.getByRole('link', { name: '世帯を登録' }).click();
  await expect(page.getByRole('heading', { name: '世帯を登録' })).toBeVisible();
  await page.getByLabel('郵便番号').fill('１２３－４５６７');
  await page.getByLabel('住所', { exact: true }).fill('みどり町本町1-2-3');
  await page.getByLabel('地区・圏域').fill('北圏域');

  const first = page.getByRole('group', { name: '世帯員 1' });
  // A date that does not exist is refused at the field.
  await first.getByLabel('生年月日', { exact: true }).fill('1970/2/30');
  await first.getByRole('textbox', { name: '氏名', exact: true }).focus();
  await expect(first.getByText('存在しない日付です')).toBeVisible();
  await fillMember(first, parent);
  await expect(first.getByText('昭和45年3月2日（1970年）・56歳')).toBeVisible();

  await page.getByRole('button', { name: '世帯員を追加' }).click();
  const second = page.getByRole('group', { name: '世帯員 2' });
  await fillMember(second, child);
  await expect(second.getByText('平成7年4月1日（1995年）・31歳')).toBeVisible();
  await page.getByRole('button', { name: '世帯を登録する' }).click();

  // 世帯まるごと: both members, and the way to take an intake for one of them.
  await expect(page.getByRole('heading', { name: '山田 花子 世帯' })).toBeVisible();
  const members = page.getByRole('table', { name: '世帯員' });
  await expect(members.getByText(parent.name)).toBeVisible();
  await expect(members.getByText(child.name)).toBeVisible();
  await expect(members.getByText('昭和45年3月2日')).toBeVisible();
  await page.getByRole('link', { name: `${child.name}: この人の相談を受け付ける` }).click();

  // 相談受付 for 山田 太郎.
  await expect(page.getByRole('heading', { name: '相談受付' })).toBeVisible();
  await expect(page.getByTestId('intake-chosen')).toContainText(child.name);
  await page.getByRole('radio', { name: '電話' }).check();
  await page.getByRole('checkbox', { name: '障害' }).check();
  await page.getByRole('checkbox', { name: '生活困窮' }).check();
  await page.getByRole('combobox', { name: '課題', exact: true }).click();
  await page.getByRole('option', { name: 'ひきこもり' }).click();
  await page.getByRole('combobox', { name: '課題', exact: true }).fill('8050');
  await page.getByRole('option', { name: '8050問題' }).click();
  const complaint = page.getByLabel('主訴');
  await complaint.fill(
    '母から電話。息子が3年ほど自室から出てこない。\n母も持病があり、今後の生活が心配。',
  );
  await complaint.press('Control+Enter');

  await expect(page.getByText(/ケース R8-0001 を作成しました/)).toBeVisible();
  await expect(page).toHaveURL(/#\/cases\/\d+$/);
  const caseUrl = page.url();

  // The header search finds the case by ふりがな typed in katakana, and by phone without hyphens.
  await headerSearch(page, 'ヤマダ タロウ');
  await expect(page.getByRole('table', { name: '人物' }).getByText(child.name)).toBeVisible();
  await expect(page.getByRole('table', { name: 'ケース' }).getByText('R8-0001')).toBeVisible();

  await headerSearch(page, '08022223333');
  await expect(page.getByRole('table', { name: '人物' }).getByText(child.name)).toBeVisible();
  await page.getByRole('table', { name: 'ケース' }).getByText('R8-0001').click();
  await expect(page).toHaveURL(caseUrl);

  // The case list shows it, and a filter narrows it.
  await page.getByRole('navigation').getByText('ケース', { exact: true }).click();
  await expect(page.getByTestId('case-total')).toHaveText('全1件');
  const list = page.getByRole('table', { name: /ケース一覧/ });
  await expect(list.getByText('R8-0001')).toBeVisible();
  await expect(list.getByText('令和8年')).toBeVisible();
  await page.getByRole('combobox', { name: '相談分野' }).click();
  await page.getByRole('option', { name: '高齢' }).click();
  await expect(page.getByText('条件に合うケースはありません。')).toBeVisible();
  await page.getByRole('combobox', { name: '相談分野' }).click();
  await page.getByRole('option', { name: '障害' }).click();
  await expect(page.getByTestId('case-total')).toHaveText('全1件');
  // A consent filter: choosing the kind picks 同意あり, which stays chosen when clicked again.
  await page.getByRole('combobox', { name: '同意', exact: true }).click();
  await page.getByRole('option', { name: '重層的支援会議での検討' }).click();
  await expect(page.getByText('条件に合うケースはありません。')).toBeVisible();
  const consentState = page.getByRole('combobox', { name: '同意の状態' });
  await consentState.click();
  await page.getByRole('option', { name: '同意あり' }).click();
  await expect(consentState).toHaveValue('同意あり');
  await expect(page.getByText('条件に合うケースはありません。')).toBeVisible();
  await consentState.click();
  await page.getByRole('option', { name: '未確認' }).click();
  await expect(page.getByTestId('case-total')).toHaveText('全1件');
  // Rows open from the keyboard.
  await list.getByRole('row').nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(caseUrl);
});

test('the same 氏名 and 生年月日 asks before registering a second person', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  await page.getByRole('navigation').getByText('ケース', { exact: true }).click();
  await page.getByRole('link', { name: '世帯を登録' }).click();
  await fillMember(page.getByRole('group', { name: '世帯員 1' }), parent);
  await page.getByRole('button', { name: '世帯を登録する' }).click();
  await expect(page.getByRole('heading', { name: '山田 花子 世帯' })).toBeVisible();

  await page.getByRole('navigation').getByText('ケース', { exact: true }).click();
  await page.getByRole('link', { name: '世帯を登録' }).click();
  await fillMember(page.getByRole('group', { name: '世帯員 1' }), { ...parent, birth: 'S45.3.2' });
  await page.getByRole('button', { name: '世帯を登録する' }).click();
  const dialog = page.getByRole('dialog', { name: '同じ人が登録されていませんか' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(parent.name)).toBeVisible();
  await dialog.getByRole('link', { name: 'この世帯を開く' }).click();
  await expect(page.getByRole('heading', { name: '山田 花子 世帯' })).toBeVisible();

  // An empty search explains itself in Japanese.
  const box = page.getByRole('searchbox', { name: '検索', exact: true });
  await box.fill('  ');
  await box.press('Enter');
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    '検索する言葉を入力してください',
  );
});
