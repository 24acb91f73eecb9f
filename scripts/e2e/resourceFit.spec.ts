import { apiCall, japanDaysAgo } from './apiCall';
import { pick } from './caseDetailSteps';
import { expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';

/** A birth date that makes the person `years` old today in Japan (and not on a birthday). */
function bornYearsAgo(years: number): string {
  const today = japanDaysAgo(40);
  return `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
}

test('資源を探す ranks by fit: for a 56-year-old the adult 就労 resource first, the こども食堂 not, 満員 last, each with why', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const [staff] = await apiCall(page, harness, 'staff.options', {});
  if (!staff) throw new Error('no staff to receive the intake');
  const household = await apiCall(page, harness, 'household.create', {
    household: { address: 'みどり町本町2-14-3', district: '北圏域・本町' },
    members: [
      {
        name: '山田 一郎',
        nameKana: 'やまだ いちろう',
        birthDate: bornYearsAgo(56),
        sex: 'male',
        relationship: '本人',
      },
    ],
  });
  const son = household.members[0]!;
  const intake = await apiCall(page, harness, 'case.intake', {
    receivedOn: japanDaysAgo(20),
    receivedBy: staff.id,
    route: 'counter',
    person: { mode: 'existing', personId: son.id },
    fields: ['poverty', 'other'],
    tags: ['ひきこもり', '仕事・就労'],
    chiefComplaint: '10年ほど家から出ていない。働きたい気持ちはある。',
    urgency: 'normal',
  });
  // By name alone (五十音順) the こども食堂 comes first, and it has room: the old screen put it on top.
  await apiCall(page, harness, 'resource.create', {
    name: 'こども食堂 わいわい',
    kind: 'kodomoShokudo',
    district: '南圏域・港',
    capacity: 30,
    ageMax: 18,
    fields: ['child', 'poverty'],
    target: '子どもと保護者、地域の方',
  });
  await apiCall(page, harness, 'resource.create', {
    name: 'あおば農園（農福連携）',
    kind: 'farming',
    district: '北圏域・本町',
    ageMin: 18,
    fields: ['poverty', 'disability'],
    intake: 'full',
  });

  // The 就労 resource is entered through the form with its fit.
  await page.goto(`${harness.origin}/#/participation/resources`);
  await page.getByRole('button', { name: '社会資源を登録' }).click();
  const form = page.getByRole('form', { name: '社会資源を登録' });
  await form.getByLabel('名称').fill('みどりの作業所 就労体験');
  await pick(page, form.getByRole('combobox', { name: '種類' }), '就労体験');
  await form.getByLabel('地区・圏域').fill('北圏域・本町');
  await form.getByLabel('対象年齢（下限）').fill('65');
  await form.getByLabel('対象年齢（上限）').fill('18');
  await form.getByRole('checkbox', { name: '生活困窮' }).check();
  await form.getByRole('checkbox', { name: '障害' }).check();
  await form.getByLabel('定員').fill('5');
  await form.getByLabel('対象（備考）').fill('就労に不安のある方、ひきこもり状態の方');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('対象年齢の下限は上限以下にしてください')).toBeVisible();
  await form.getByLabel('対象年齢（下限）').fill('18');
  await form.getByLabel('対象年齢（上限）').fill('64');
  await shot(page, 'resource-fit-form');
  await form.getByLabel('対象（備考）').press('Control+Enter');
  await expect(page.getByText('社会資源を保存しました')).toBeVisible();
  const work = page.getByTestId('resource-row').filter({ hasText: 'みどりの作業所' });
  await expect(work).toContainText('18〜64歳・障害・生活困窮');
  await expect(work).toContainText('就労に不安のある方');
  await expect(page.getByTestId('resource-row').filter({ hasText: 'あおば農園' })).toContainText(
    '受入状況: 満員',
  );

  // 資源を探す from the son's case.
  await page.goto(`${harness.origin}/#/cases/${intake.caseId}`);
  await page.getByRole('tab', { name: '参加支援' }).click();
  await page.getByRole('button', { name: '資源を探す' }).click();
  await expect(
    page.getByRole('heading', { name: '山田 一郎さんに合う社会資源を探す' }),
  ).toBeVisible();
  await expect(page.getByTestId('find-basis')).toHaveText(
    '並べ方の基準: 56歳／北圏域・本町／生活困窮・その他',
  );
  const rows = page.getByTestId('resource-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('みどりの作業所 就労体験');
  await expect(rows.nth(0).getByTestId('resource-fit')).toHaveText(
    '年齢が対象内（18〜64歳）分野が合う（生活困窮）同じ地区（本町）受入可（空き 5）',
  );
  await expect(rows.nth(1)).toContainText('こども食堂 わいわい');
  await expect(rows.nth(1).getByTestId('resource-fit')).toContainText('年齢が対象外（18歳まで）');
  await expect(rows.nth(1).getByTestId('resource-fit')).toContainText('別の圏域（南圏域）');
  await expect(rows.nth(2)).toContainText('あおば農園');
  await expect(rows.nth(2).getByTestId('resource-fit')).toContainText('満員');
  await shot(page, 'resource-fit-find');
  await page.setViewportSize({ width: 1366, height: 768 });
  await shot(page, 'resource-fit-find-1366');

  // The filters keep the order by fit; 空きがあるもの leaves the 満員 one out.
  await page.getByRole('switch', { name: '空きがあるもの' }).check();
  await expect(rows).toHaveCount(2);
  await page.getByLabel('名称・場所・地区').fill('北圏域');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('みどりの作業所 就労体験');
});
