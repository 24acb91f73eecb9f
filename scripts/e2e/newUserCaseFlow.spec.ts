import { japanDaysAgo } from './apiCall';
import { addNote, pick, reiwa, threeNotes } from './caseDetailSteps';
import { expect, setUpThroughUi, test } from './fixtures';
import { fillMember, headerSearch, openCaseList, type Member } from './uiSteps';

// Issue 3, "Done when", first bullet: everything through the UI, in one sitting, as a new user.

const father: Member = {
  name: '佐藤 正男',
  kana: 'さとう まさお',
  birth: 'S23.5.10',
  relationship: '世帯主',
  phone: '0123-45-9876',
};
const son: Member = {
  name: '佐藤 健一',
  kana: 'さとう けんいち',
  birth: '1978/8/20',
  relationship: '長男',
  phone: '090-8765-4321',
};
const agencies = [
  {
    name: 'みどり町地域包括支援センター',
    kind: '地域包括支援センター',
    contact: '佐藤 一郎',
    phone: '0123-45-1111',
    role: '正男さんの介護保険申請と見守り',
  },
  {
    name: 'みどり町自立相談支援センター',
    kind: '自立相談支援機関',
    contact: '鈴木 花',
    phone: '0123-45-2222',
    role: '健一さんの就労準備支援',
  },
] as const;

test('a new user: household of two, intake, notes, consent, agencies, 多機関協働, search, 終結', async ({
  page,
  harness,
}) => {
  // One long sitting through every screen of case work: more than the default minute.
  await setUpThroughUi(page, harness);

  // 世帯を登録: a father and his son.
  await openCaseList(page);
  await page.getByRole('link', { name: '世帯を登録' }).click();
  await expect(page.getByRole('heading', { name: '世帯を登録' })).toBeVisible();
  await page.getByLabel('郵便番号').fill('123-0045');
  await page.getByLabel('住所', { exact: true }).fill('みどり町緑ケ丘4-5-6');
  await page.getByLabel('地区・圏域').fill('南圏域');
  await fillMember(page.getByRole('group', { name: '世帯員 1' }), father);
  await page.getByRole('button', { name: '世帯員を追加' }).click();
  await fillMember(page.getByRole('group', { name: '世帯員 2' }), son);
  await page.getByRole('button', { name: '世帯を登録する' }).click();

  await expect(page.getByRole('heading', { name: `${father.name} 世帯` })).toBeVisible();
  const members = page.getByRole('table', { name: '世帯員' });
  await expect(members.getByRole('row')).toHaveCount(3);
  await expect(members.getByText(father.name)).toBeVisible();
  await expect(members.getByText(son.name)).toBeVisible();

  // 相談受付 for the father, dated three weeks back as the office often enters it late.
  await page.getByRole('link', { name: `${father.name}: この人の相談を受け付ける` }).click();
  await expect(page.getByRole('heading', { name: '相談受付' })).toBeVisible();
  await expect(page.getByTestId('intake-chosen')).toContainText(father.name);
  await page.getByLabel('受付日').fill(reiwa(japanDaysAgo(20)));
  await page.getByRole('radio', { name: '窓口' }).check();
  await page.getByRole('checkbox', { name: '高齢' }).check();
  await page.getByRole('checkbox', { name: '生活困窮' }).check();
  await pick(page, page.getByRole('combobox', { name: '課題', exact: true }), '8050問題');
  await pick(page, page.getByRole('combobox', { name: '課題', exact: true }), 'ひきこもり');
  await page
    .getByLabel('主訴')
    .fill('同居の長男が10年ほど自室から出ない。自分の年金だけで暮らしが苦しい。');
  await page.getByRole('button', { name: '受付を保存' }).click();

  await expect(page.getByText(/ケース R\d+-\d{4} を作成しました/)).toBeVisible();
  await expect(page).toHaveURL(/#\/cases\/\d+$/);
  const caseUrl = page.url();
  await expect(page.getByRole('heading', { name: father.name, level: 1 })).toBeVisible();
  const caseNumber = (await page.getByTestId('case-number').innerText()).trim();
  expect(caseNumber).toMatch(/^R\d+-0001$/);
  await expect(page.getByTestId('consent-badge-application')).toContainText('未確認');

  // Three 経過記録; the timeline keeps them, newest first.
  const notes = threeNotes();
  for (const [i, note] of notes.entries()) await addNote(page, note, i === 1);
  const cards = page.getByTestId('note-card');
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0)).toContainText('地域包括と情報共有');
  await expect(cards.nth(2)).toContainText('本人が来所');
  await expect(page.getByRole('tab', { name: /経過記録/ })).toContainText('3');

  // 本人同意: 相談申込, 同意あり, 署名.
  await page.getByRole('tab', { name: '本人同意' }).click();
  const consentForm = page.getByRole('form', { name: '同意を記録' });
  await consentForm.getByRole('radiogroup', { name: '種類' }).getByText('相談申込').click();
  const consentState = consentForm.getByRole('radiogroup', { name: '状態' });
  await consentState.getByText('同意あり').click();
  await expect(consentState.getByRole('radio', { name: '同意あり' })).toBeChecked();
  await consentForm.getByLabel('日付').fill(reiwa(japanDaysAgo(18)));
  const method = consentForm.getByRole('radiogroup', { name: '取得方法' });
  await method.getByText('署名').click();
  await expect(method.getByRole('radio', { name: '署名' })).toBeChecked();
  await consentForm.getByRole('button', { name: '記録する' }).click();
  await expect(page.getByTestId('consent-badge-application')).toContainText('同意あり');
  const history = page.getByRole('table', { name: '記録の履歴' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history).toContainText('署名');

  // The case screen offers only agencies of the directory: register both there first.
  await page.getByRole('navigation').getByRole('link', { name: '関係機関' }).click();
  await expect(page.getByRole('heading', { name: '関係機関', level: 1 })).toBeVisible();
  await expect(page.getByText('まだ関係機関が登録されていません。')).toBeVisible();
  const directory = page.getByRole('table', { name: '関係機関' });
  for (const agency of agencies) {
    await page.getByRole('button', { name: '関係機関を登録' }).click();
    const dialog = page.getByRole('dialog', { name: '関係機関を登録' });
    await dialog.getByLabel('機関名').fill(agency.name);
    await pick(page, dialog.getByRole('combobox', { name: '種別' }), agency.kind);
    await dialog.getByLabel('担当者').fill(agency.contact);
    await dialog.getByLabel('電話').fill(agency.phone);
    await dialog.getByLabel('支援会議の構成員').check();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(directory.getByRole('row', { name: new RegExp(agency.name) })).toContainText(
      agency.kind,
    );
  }
  await expect(directory.getByRole('row')).toHaveCount(3);

  // Back to the case from ケース一覧, and the agencies on it with their roles.
  await openCaseList(page);
  const list = page.getByRole('table', { name: /ケース一覧/ });
  await list.getByRole('row', { name: new RegExp(caseNumber) }).click();
  await expect(page).toHaveURL(caseUrl);
  await page.getByRole('tab', { name: /関係機関/ }).click();
  const agencyForm = page.getByRole('form', { name: '関係機関を追加' });
  for (const agency of agencies) {
    await pick(page, agencyForm.getByRole('combobox', { name: '関係機関' }), agency.name);
    await agencyForm.getByLabel('役割分担').fill(agency.role);
    await agencyForm.getByRole('button', { name: '追加する' }).click();
    await expect(agencyForm.getByLabel('役割分担')).toHaveValue('');
  }
  const onCase = page.getByRole('table', { name: 'このケースの関係機関' });
  await expect(onCase.getByRole('row')).toHaveCount(3);
  for (const agency of agencies) {
    await expect(onCase.getByRole('row', { name: new RegExp(agency.name) })).toContainText(
      agency.role,
    );
  }

  // 多機関協働, from ケース情報を編集.
  await page.getByRole('button', { name: 'ケース情報を編集' }).click();
  const edit = page.getByRole('dialog', { name: 'ケース情報を編集' });
  await edit.getByLabel('多機関協働', { exact: true }).check();
  await expect(edit.getByLabel('多機関協働の開始日')).not.toHaveValue('');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('coordination-badge')).toContainText('多機関協働');

  // The header search: ふりがな typed in katakana, then the phone number without hyphens.
  await headerSearch(page, 'サトウ マサオ');
  const persons = page.getByRole('table', { name: '人物' });
  await expect(persons.getByRole('row', { name: new RegExp(father.name) })).toBeVisible();
  await expect(persons.getByText(son.name)).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'ケース' }).getByText(caseNumber)).toBeVisible();

  await headerSearch(page, father.phone.replaceAll('-', ''));
  await expect(persons.getByRole('row', { name: new RegExp(father.name) })).toBeVisible();
  await page.getByRole('table', { name: 'ケース' }).getByText(caseNumber).click();
  await expect(page).toHaveURL(caseUrl);
  await expect(page.getByRole('heading', { name: father.name, level: 1 })).toBeVisible();

  // 終結 with a date and a reason.
  await page.getByRole('tab', { name: '終結' }).click();
  const closeForm = page.getByRole('form', { name: '終結' });
  await closeForm.getByLabel('終結日').fill(reiwa(japanDaysAgo(1)));
  await closeForm.getByRole('radio', { name: '他機関へ引継ぎ' }).check();
  await closeForm
    .getByLabel('補足（具体的な事情）')
    .fill('介護サービスの利用が始まり、長男も就労準備支援につながったため');
  await closeForm.getByRole('button', { name: '終結する' }).click();
  await expect(page.getByTestId('stage-badge')).toHaveText('終結');
  await expect(page.getByTestId('closed-notice')).toContainText('長男も就労準備支援につながった');
  await expect(page.getByTestId('closed-panel')).toContainText('長男も就労準備支援につながった');

  // ケース一覧: gone from 対応中, there under 状態 終結.
  await openCaseList(page);
  await expect(page.getByTestId('case-total')).toHaveText('全0件');
  await expect(page.getByText('条件に合うケースはありません。')).toBeVisible();
  const status = page.getByRole('radiogroup', { name: '状態' });
  await status.getByText('終結', { exact: true }).click();
  await expect(status.getByRole('radio', { name: '終結' })).toBeChecked();
  await expect(page.getByTestId('case-total')).toHaveText('全1件');
  const row = list.getByRole('row', { name: new RegExp(caseNumber) });
  await expect(row).toContainText(father.name);
  await expect(row).toContainText('終結');
  await expect(row.getByRole('cell').nth(8)).toHaveText('あり');
});
