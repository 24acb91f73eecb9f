import { japanDaysAgo } from './apiCall';
import { addNote, pick, reiwa, threeNotes } from './caseDetailSteps';
import { createCaseWithAgencies } from './caseWorkData';
import { expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';

test('a worker keeps a case: notes, consent, agencies, 多機関協働, 終結 and reopening', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const { intake } = await createCaseWithAgencies(page, harness);
  await page.goto(`${harness.origin}/#/cases/${intake.caseId}`);

  await expect(page.getByRole('heading', { name: '山田 太郎', level: 1 })).toBeVisible();
  await expect(page.getByTestId('case-number')).toHaveText(intake.caseNumber);
  await expect(page.getByText('（やまだ たろう）')).toBeVisible();
  await expect(page.getByRole('link', { name: '世帯を見る' })).toHaveAttribute(
    'href',
    `#/households/${intake.householdId}`,
  );
  for (const kind of ['application', 'infoSharing', 'jusouMeeting']) {
    await expect(page.getByTestId(`consent-badge-${kind}`)).toContainText('未確認');
  }

  // A failed save keeps the draft and says why at the field.
  const noteForm = page.getByRole('form', { name: '経過記録を追加' });
  await pick(page, noteForm.getByRole('combobox', { name: '手段' }), '電話');
  const tooLong = 'あ'.repeat(10_001);
  await noteForm.getByLabel('内容').fill(tooLong);
  await noteForm.getByRole('button', { name: '追加する' }).click();
  await expect(noteForm.getByText('内容は10000文字以内にしてください')).toBeVisible();
  await expect(noteForm.getByLabel('内容')).toHaveValue(tooLong);
  await shot(page, 'case-note-error');

  // Three notes; the timeline shows them newest first, 所見 apart from the facts.
  const [first, second, third] = threeNotes();
  await addNote(page, first!, false);
  await addNote(page, second!, true);
  await addNote(page, third!, false);
  const cards = page.getByTestId('note-card');
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0)).toContainText('地域包括と情報共有');
  await expect(cards.nth(2)).toContainText('本人が来所');
  await expect(cards.nth(0)).toContainText('所見');
  await expect(cards.nth(0)).toContainText('令和');
  await expect(cards.nth(0)).toContainText('09:15');
  await shot(page, 'case-notes');

  // Correcting a note.
  await cards.nth(1).getByRole('button', { name: '訂正', exact: true }).click();
  const editForm = page.getByRole('form', { name: '経過記録を訂正' });
  await editForm.getByLabel('次の対応', { exact: true }).fill('来週もう一度訪問する。');
  await editForm.getByRole('button', { name: '訂正を保存' }).click();
  await expect(cards.nth(1)).toContainText('来週もう一度訪問する。');

  // 本人同意: 相談申込 by signature, then 情報共有 covering both agencies.
  await page.getByRole('tab', { name: '本人同意' }).click();
  const consentForm = page.getByRole('form', { name: '同意を記録' });
  await consentForm.getByLabel('日付').fill(reiwa(japanDaysAgo(18)));
  // 状態 and 取得方法 start unchosen (issue 17): chosen each time.
  await consentForm.getByRole('radiogroup', { name: '状態' }).getByText('同意あり').click();
  await consentForm.getByText('署名').click();
  await consentForm.getByRole('button', { name: '記録する' }).click();
  await expect(page.getByTestId('consent-badge-application')).toContainText('同意あり');
  await consentForm.getByText('関係機関との情報共有').click();
  await consentForm.getByRole('radiogroup', { name: '状態' }).getByText('同意あり').click();
  await consentForm.getByText('署名').click();
  await pick(
    page,
    consentForm.getByRole('combobox', { name: '対象の関係機関' }),
    'みどり町地域包括支援センター',
  );
  await pick(
    page,
    consentForm.getByRole('combobox', { name: '対象の関係機関' }),
    'みどり町自立相談支援センター',
  );
  await consentForm.getByRole('button', { name: '記録する' }).click();
  await expect(page.getByTestId('consent-badge-infoSharing')).toContainText('同意あり');
  await expect(page.getByTestId('consent-badge-jusouMeeting')).toContainText('未確認');
  await expect(page.getByRole('table', { name: '記録の履歴' }).getByRole('row')).toHaveCount(3);
  await shot(page, 'case-consent');

  // 関係機関 with their roles.
  await page.getByRole('tab', { name: '関係機関' }).click();
  const agencyForm = page.getByRole('form', { name: '関係機関を追加' });
  await pick(
    page,
    agencyForm.getByRole('combobox', { name: '関係機関' }),
    'みどり町地域包括支援センター',
  );
  await agencyForm.getByLabel('役割分担').fill('本人の介護保険申請と見守り');
  await agencyForm.getByRole('button', { name: '追加する' }).click();
  await pick(
    page,
    agencyForm.getByRole('combobox', { name: '関係機関' }),
    'みどり町自立相談支援センター',
  );
  await agencyForm.getByLabel('役割分担').fill('長男の就労準備支援');
  await agencyForm.getByRole('button', { name: '追加する' }).click();
  const agencyTable = page.getByRole('table', { name: 'このケースの関係機関' });
  await expect(agencyTable.getByRole('row')).toHaveCount(3);
  await expect(agencyTable).toContainText('長男の就労準備支援');

  // 多機関協働 and the 主担当機関 from the edit dialog.
  await page.getByRole('button', { name: 'ケース情報を編集' }).click();
  const dialog = page.getByRole('dialog', { name: 'ケース情報を編集' });
  await pick(page, dialog.getByRole('combobox', { name: '段階' }), '支援中');
  await pick(
    page,
    dialog.getByRole('combobox', { name: '主担当機関' }),
    'みどり町地域包括支援センター',
  );
  await dialog.getByLabel('多機関協働', { exact: true }).check();
  await expect(dialog.getByLabel('多機関協働の開始日')).not.toHaveValue('');
  // 閲覧制限 says what it does before it is saved; this case is not restricted.
  await dialog.getByLabel('閲覧制限', { exact: true }).check();
  await expect(
    dialog.getByText('ほかの職員には、ケース一覧・検索・世帯の画面にも表示されません'),
  ).toBeVisible();
  await shot(page, 'case-edit-dialog');
  await dialog.getByLabel('閲覧制限', { exact: true }).uncheck();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('coordination-badge')).toContainText('多機関協働');
  await expect(page.getByTestId('stage-badge')).toHaveText('支援中');
  await expect(agencyTable).toContainText('主担当機関');
  await shot(page, 'case-agencies');

  // 終結.
  await page.getByRole('tab', { name: '終結' }).click();
  await page.getByRole('radio', { name: '目標達成' }).check();
  await page
    .getByLabel('補足（具体的な事情）')
    .fill('介護サービスの利用が始まり、長男も就労準備支援につながったため');
  await page.getByRole('button', { name: '終結する' }).click();
  await expect(page.getByTestId('stage-badge')).toHaveText('終結');
  await expect(page.getByTestId('closed-notice')).toContainText('終結');
  await expect(page.getByTestId('closed-panel')).toContainText('長男も就労準備支援につながった');
  await shot(page, 'case-closed');

  // Everything is still there after a reload (it was saved, not only shown).
  await page.reload();
  await expect(page.getByTestId('stage-badge')).toHaveText('終結');
  await expect(page.getByTestId('note-card')).toHaveCount(3);
  await expect(page.getByTestId('consent-badge-application')).toContainText('同意あり');
  await expect(page.getByTestId('coordination-badge')).toBeVisible();

  // Reopening is choosing a stage again.
  await page.getByRole('button', { name: 'ケース情報を編集' }).click();
  await expect(
    dialog.getByText('段階を選んで保存すると、終結したケースが再開します。'),
  ).toBeVisible();
  await pick(page, dialog.getByRole('combobox', { name: '段階' }), 'モニタリング');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('stage-badge')).toHaveText('モニタリング');
  await expect(page.getByTestId('closed-notice')).toHaveCount(0);
  await expect(page.getByTestId('case-number')).toHaveText(intake.caseNumber);
});

test('an unknown case reads ケースが見つかりません', async ({ page, harness }) => {
  await setUpThroughUi(page, harness);
  await page.goto(`${harness.origin}/#/cases/9999`);
  await expect(page.getByRole('heading', { name: 'ケースが見つかりません' })).toBeVisible();
  await shot(page, 'case-not-found');
});
