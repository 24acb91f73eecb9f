import type { Page } from '@playwright/test';
import { apiCall, japanDaysAgo } from './apiCall';
import { pick, reiwa } from './caseDetailSteps';
import { createCaseWithAgencies } from './caseWorkData';
import { admin, expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';

/** Opens an area from the side menu and waits for its heading. */
async function openArea(page: Page, label: string, heading = label): Promise<void> {
  await page.getByRole('navigation').getByText(label, { exact: true }).click();
  await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
}

/** Goes to ホーム from the side menu. */
async function openHome(page: Page): Promise<void> {
  await openArea(page, 'ホーム');
}

test('アウトリーチ: a person known of, two contacts, a stage, then 支援へ移行 opens the case', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  // Someone nobody has reached for 45 days: ホーム must bring them up.
  const [staff] = await apiCall(page, harness, 'staff.options', {});
  const forgotten = await apiCall(page, harness, 'outreach.create', {
    name: '西町の一人暮らしの女性',
    raisedOn: japanDaysAgo(45),
    raisedBy: '郵便局員',
    mainStaffId: staff?.id ?? null,
  });

  await openArea(page, 'アウトリーチ');
  await expect(page.getByTestId('outreach-row')).toHaveCount(1);
  await page.getByRole('link', { name: '把握を登録' }).click();
  const form = page.getByRole('form', { name: '把握を登録' });
  await form.getByLabel('氏名または呼び名').fill('佐藤 次郎');
  await form.getByLabel('ふりがな').fill('さとう じろう');
  await form.getByText('男性', { exact: true }).click();
  await form.getByLabel('年齢・年代').fill('70代');
  await form.getByLabel('地区').fill('東圏域');
  await form.getByLabel('誰から').fill('民生委員 田中さん');
  await form.getByLabel('把握日').fill(reiwa(japanDaysAgo(20)));
  await form
    .getByLabel('把握している状況')
    .fill('最近姿を見かけない。郵便受けに郵便物がたまっている。');
  await form.getByLabel('把握している状況').press('Control+Enter');

  await expect(page.getByTestId('outreach-name')).toHaveText('佐藤 次郎');
  await expect(page.getByTestId('outreach-stage').first()).toHaveText('把握');
  await expect(page.getByText('民生委員 田中さん')).toBeVisible();

  // Two contacts: an empty form is refused at its fields first.
  const contact = page.getByRole('form', { name: '接触を記録' });
  await contact.getByRole('button', { name: '記録する' }).click();
  await expect(contact.getByText('方法を選んでください')).toBeVisible();
  await expect(contact.getByText('結果を選んでください')).toBeVisible();
  await contact.getByLabel('接触日').fill(reiwa(japanDaysAgo(15)));
  await pick(page, contact.getByRole('combobox', { name: '方法' }), '訪問');
  await contact.getByText('不在', { exact: true }).click();
  await contact.getByLabel('記録').fill('インターホンに応答なし。ポストに手紙を入れた。');
  await contact.getByRole('button', { name: '記録する' }).click();
  await expect(page.getByText('接触を記録しました')).toBeVisible();
  await expect(page.getByTestId('outreach-contact')).toHaveCount(1);
  // Nobody answered: still 把握. Meeting the person moves it to 接触.
  await expect(page.getByTestId('outreach-stage').first()).toHaveText('把握');

  await contact.getByLabel('接触日').fill(japanDaysAgo(10).replaceAll('-', '/'));
  await pick(page, contact.getByRole('combobox', { name: '方法' }), '訪問');
  await contact.getByText('会えた', { exact: true }).click();
  await contact.getByLabel('記録').fill('玄関先で5分話せた。母の介護で疲れているとのこと。');
  await contact.getByLabel('記録').press('Control+Enter');
  await expect(page.getByTestId('outreach-contact')).toHaveCount(2);
  await expect(page.getByTestId('outreach-contact').first()).toContainText('会えた');
  await expect(page.getByTestId('outreach-stage').first()).toHaveText('接触');

  // The stage moves on from the stepper.
  await page.getByTestId('outreach-step-relationship').click();
  const stage = page.getByRole('dialog', { name: '段階を「関係づくり」にします' });
  await stage.getByLabel('メモ').fill('次回の訪問を約束できた');
  await stage.getByRole('button', { name: '変更する' }).click();
  await expect(stage).toBeHidden();
  await expect(page.getByTestId('outreach-stage').first()).toHaveText('関係づくり');
  await shot(page, 'community-outreach');

  // 支援へ移行 from the record: 相談分野 is required, then the new case opens.
  await page.getByRole('button', { name: '支援へ移行', exact: true }).click();
  const transfer = page.getByRole('dialog', { name: '支援へ移行（ケースを作成）' });
  await expect(
    transfer.getByText('「佐藤 次郎」を新しい世帯・人物として登録します。'),
  ).toBeVisible();
  await expect(transfer.getByLabel('主訴')).toHaveValue(
    '最近姿を見かけない。郵便受けに郵便物がたまっている。',
  );
  await transfer.getByLabel('生年月日（分かれば）').fill('昭和28年4月5日');
  await transfer.getByRole('button', { name: 'ケースを作成する' }).click();
  await expect(transfer.getByText('相談分野を1つ以上選んでください')).toBeVisible();
  await transfer.getByLabel('高齢').check();
  await shot(page, 'community-outreach-transfer');
  await transfer.getByRole('button', { name: 'ケースを作成する' }).click();
  await expect(page.getByTestId('case-number')).toHaveText(/^R\d+-\d{4}$/);
  const caseNumber = await page.getByTestId('case-number').innerText();
  await expect(page.getByRole('heading', { name: /佐藤 次郎/ })).toBeVisible();
  await expect(page.getByText('アウトリーチ').first()).toBeVisible();

  // The outreach record stays, linked to its case.
  await openArea(page, 'アウトリーチ');
  await page.getByLabel('支援へ移行・終了したものも表示').check();
  await page.getByTestId('outreach-row').filter({ hasText: '佐藤 次郎' }).click();
  await expect(page.getByTestId('outreach-transferred')).toContainText(caseNumber);
  await expect(page.getByTestId('outreach-contact')).toHaveCount(2);

  // ホーム: my new case, this 年度's count by route, and the one not contacted for 45 days.
  await openHome(page);
  await expect(page.getByTestId('my-cases-stage')).toContainText(['受付']);
  await expect(page.getByTestId('new-cases-total')).toHaveText('年度の合計 1件');
  for (const chart of ['相談分野別', '相談経路別']) {
    const figure = page.getByRole('figure', { name: chart });
    await expect(figure.locator('.recharts-bar-rectangle').first()).toBeVisible();
  }
  await expect(page.getByRole('figure', { name: '相談経路別' })).toContainText('アウトリーチ');
  const stale = page.getByRole('region', { name: '30日以上接触していないアウトリーチ' });
  await expect(stale.getByTestId('stale-outreach')).toHaveCount(1);
  await expect(stale).toContainText('45日');
  await shot(page, 'community-dashboard-outreach');
  await stale.getByRole('link', { name: forgotten.name }).click();
  await expect(page.getByTestId('outreach-name')).toHaveText(forgotten.name);

  // 受付 on ホーム opens ケース一覧 on exactly those cases.
  await openHome(page);
  await page.getByTestId('my-cases-stage').getByRole('button', { name: '1件' }).click();
  await expect(page.getByRole('heading', { name: 'ケース一覧' })).toBeVisible();
  await expect(page.getByTestId('case-total')).toHaveText('全1件');
});

test('参加支援: a resource, 資源を探す from the case, 提案, and a follow-up that moves the status', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const { intake, household } = await createCaseWithAgencies(page, harness);
  await apiCall(page, harness, 'resource.create', {
    name: '本町ふれあいサロン',
    kind: 'salon',
    place: '本町公民館',
    district: '西圏域',
    capacity: 20,
  });

  await openArea(page, '参加支援');
  await expect(page.getByText('参加支援のマッチングはまだありません。')).toBeVisible();
  await page.getByRole('tab', { name: '社会資源' }).click();
  await page.getByRole('button', { name: '社会資源を登録' }).click();
  const form = page.getByRole('form', { name: '社会資源を登録' });
  await form.getByLabel('名称').fill('みどりふれあい農園');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('種類を選んでください')).toBeVisible();
  await expect(form.getByLabel('名称')).toHaveValue('みどりふれあい農園');
  await pick(page, form.getByRole('combobox', { name: '種類' }), '農業体験（農福連携）');
  await form.getByLabel('運営・受入先', { exact: true }).fill('みどり農園組合');
  await form.getByLabel('場所').fill('本町3丁目の畑');
  await form.getByLabel('地区').fill('東圏域');
  await form.getByLabel('日時・頻度').fill('毎週水曜 9時〜11時');
  await form.getByLabel('定員').fill('3');
  await form.getByLabel('対象（備考）').fill('就労経験の少ない方');
  await form.getByLabel('対象（備考）').press('Control+Enter');
  await expect(page.getByText('社会資源を保存しました')).toBeVisible();
  const farm = page.getByTestId('resource-row').filter({ hasText: 'みどりふれあい農園' });
  await expect(farm).toContainText('空き 3（定員 3）');
  await expect(page.getByTestId('resource-row')).toHaveCount(2);

  // 資源を探す from the case's 参加支援 tab.
  await page.goto(`${harness.origin}/#/cases/${intake.caseId}`);
  await page.getByRole('tab', { name: '参加支援' }).click();
  await expect(page.getByText('この人の参加支援はまだありません。')).toBeVisible();
  await page.getByRole('button', { name: '資源を探す' }).click();
  await expect(
    page.getByRole('heading', { name: '山田 太郎さんに合う社会資源を探す' }),
  ).toBeVisible();
  await pick(page, page.getByRole('combobox', { name: '種類' }), '農業体験（農福連携）');
  await expect(page.getByTestId('resource-row')).toHaveCount(1);
  await page.getByLabel('名称・場所・地区').fill('本町');
  await expect(page.getByTestId('resource-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'みどりふれあい農園を提案する' }).click();
  const propose = page.getByRole('dialog', { name: '「みどりふれあい農園」を提案' });
  await propose
    .getByLabel('受入先への支援')
    .fill('受入先に本人の体力を伝え、初回は職員が同行する。');
  await propose.getByRole('button', { name: '提案を記録する' }).click();

  await expect(page.getByTestId('match-title')).toHaveText('山田 太郎 — みどりふれあい農園');
  await expect(page.getByTestId('match-status').first()).toHaveText('提案');
  await expect(page.getByText('受入先に本人の体力を伝え、初回は職員が同行する。')).toBeVisible();

  // A follow-up: an empty one is refused; then 見学 with how the person and the host are.
  const followUp = page.getByRole('form', { name: 'フォローアップを記録' });
  await followUp.getByRole('button', { name: '記録する' }).click();
  await expect(
    followUp.getByText('本人の様子・受入先の様子のどちらかを書くか、状態を変更してください'),
  ).toBeVisible();
  await pick(page, followUp.getByRole('combobox', { name: '状態の変更' }), '見学');
  await followUp.getByLabel('本人の様子').fill('畑を見て「これならできそう」と話した。');
  await followUp.getByLabel('受入先の様子・受入先への支援').fill('組合長が丁寧に案内してくれた。');
  await followUp.getByLabel('受入先の様子・受入先への支援').press('Control+Enter');
  await expect(page.getByText('フォローアップを記録しました')).toBeVisible();
  await expect(page.getByTestId('match-followup')).toHaveCount(1);
  await expect(page.getByTestId('match-status').first()).toHaveText('見学');
  await shot(page, 'community-match');

  // The case lists the match.
  await page.getByRole('link', { name: intake.caseNumber }).click();
  await page.getByRole('tab', { name: '参加支援' }).click();
  await expect(page.getByTestId('match-row')).toHaveCount(1);
  await expect(page.getByTestId('match-row')).toContainText('見学');

  // ホーム lists a match nobody followed up for 40 days, and opens it.
  const son = household.members.find((m) => m.name === '山田 一郎');
  const [, salon] = await apiCall(page, harness, 'resource.list', { activeOnly: true });
  if (!son || !salon) throw new Error('test data missing');
  await apiCall(page, harness, 'match.create', {
    personId: son.id,
    resourceId: salon.id,
    proposedOn: japanDaysAgo(40),
  });
  await openHome(page);
  const stale = page.getByRole('region', { name: '30日以上フォローアップしていない参加支援' });
  await expect(stale.getByTestId('stale-match')).toHaveCount(1);
  await expect(stale).toContainText('山田 一郎');
  await expect(stale).toContainText('40日');
  await shot(page, 'community-dashboard-match');
  await stale.getByRole('link', { name: '山田 一郎' }).click();
  await expect(page.getByTestId('match-title')).toContainText('山田 一郎');
});

test('地域づくり: an activity with participants; the breakdown cannot exceed the total', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  await openArea(page, '地域づくり');
  await expect(page.getByText('この期間の活動はまだ記録されていません。')).toBeVisible();
  await page.getByRole('button', { name: '活動を記録' }).click();
  const form = page.getByRole('form', { name: '活動を記録' });
  await form.getByLabel('名称').fill('本町ふれあいサロン');
  await pick(page, form.getByRole('combobox', { name: '種類' }), '居場所');
  await form.getByLabel('場所').fill('本町公民館');
  await form.getByLabel('主催・運営').fill('本町地区社協');
  await form.getByLabel('参加者数').fill('12');
  await form.getByLabel('高齢').fill('10');
  await form.getByLabel('子ども').fill('5');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('内訳の合計が参加者数を超えています')).toBeVisible();
  await expect(form.getByLabel('名称')).toHaveValue('本町ふれあいサロン');
  await form.getByLabel('子ども').fill('2');
  await expect(form.getByTestId('breakdown-sum')).toHaveText('内訳の合計 12人 / 参加者数 12人');
  await form.getByLabel('参加団体').fill('民生委員協議会、みどり小学校');
  await form.getByLabel('参加団体').press('Control+Enter');
  await expect(page.getByText('活動を保存しました')).toBeVisible();
  await expect(page.getByTestId('activity-row')).toHaveCount(1);
  await expect(page.getByTestId('activity-row')).toContainText('高齢10・子ども2');
  await expect(page.getByTestId('activity-totals')).toContainText('1回');
  await expect(page.getByTestId('activity-totals')).toContainText('12人');
  await shot(page, 'community-activities');

  // ホーム shows this 年度's 地域づくり and opens it.
  await openHome(page);
  await expect(page.getByTestId('activity-year')).toContainText('1回');
  await expect(page.getByTestId('activity-year')).toContainText('12人');
  await expect(page.getByText(`${admin.displayName}さん、お疲れさまです。`)).toBeVisible();
  await shot(page, 'community-dashboard-activity');
  await page.getByRole('link', { name: '地域づくりを開く' }).click();
  await expect(page.getByRole('heading', { name: '地域づくり', exact: true })).toBeVisible();
});
