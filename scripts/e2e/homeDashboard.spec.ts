import { apiCall, japanDaysAgo } from './apiCall';
import { createCaseWithAgencies } from './caseWorkData';
import { expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';

// ホーム with one of everything issue 6 brings (community.spec.ts records them through the UI).

test('ホーム shows each of them at once, every card linking to what it lists', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const { intake, household } = await createCaseWithAgencies(page, harness);
  const plan = await apiCall(page, harness, 'plan.create', {
    caseId: intake.caseId,
    createdOn: japanDaysAgo(19),
    nextEvaluationOn: japanDaysAgo(2),
    goals: [{ kind: 'long', text: '安心して暮らす' }],
    rows: [{ content: '見守り訪問' }],
  });
  await apiCall(page, harness, 'plan.confirm', { id: plan.id });
  const target = await apiCall(page, harness, 'outreach.create', {
    name: '駅前アパートの若い男性',
    raisedOn: japanDaysAgo(60),
    raisedBy: '大家さん',
  });
  await apiCall(page, harness, 'outreach.addContact', {
    targetId: target.id,
    contactedOn: japanDaysAgo(33),
    method: 'letter',
    result: 'absent',
  });
  const resource = await apiCall(page, harness, 'resource.create', {
    name: 'こども食堂みどり',
    kind: 'kodomoShokudo',
    capacity: 15,
  });
  const son = household.members.find((m) => m.name === '山田 一郎');
  if (!son) throw new Error('no son in the household');
  const match = await apiCall(page, harness, 'match.create', {
    personId: son.id,
    caseId: intake.caseId,
    resourceId: resource.id,
    proposedOn: japanDaysAgo(31),
  });
  await apiCall(page, harness, 'activity.create', {
    heldOn: japanDaysAgo(0),
    name: '地域ネットワーク会議',
    kind: 'network',
    participants: 18,
  });
  await page.reload();

  await expect(page.getByTestId('my-cases-stage')).toHaveCount(1);
  const due = page.getByRole('region', { name: '評価予定日を過ぎたプラン' });
  await expect(due.getByTestId('due-plan')).toHaveCount(1);
  const outreach = page.getByRole('region', { name: '30日以上接触していないアウトリーチ' });
  await expect(outreach.getByTestId('stale-outreach')).toContainText('33日');
  const matches = page.getByRole('region', { name: '30日以上フォローアップしていない参加支援' });
  await expect(matches.getByTestId('stale-match')).toContainText('こども食堂みどり');
  await expect(page.getByTestId('activity-year')).toContainText('18人');
  await expect(page.getByTestId('new-cases-total')).toHaveText('年度の合計 1件');
  await expect(
    page.getByRole('figure', { name: '相談分野別' }).locator('.recharts-bar-rectangle').first(),
  ).toBeVisible();
  await shot(page, 'community-dashboard');

  await matches.getByRole('link', { name: 'こども食堂みどり' }).click();
  await expect(page).toHaveURL(new RegExp(`#/participation/matches/${match.id}$`));
  await page.goBack();
  await outreach.getByRole('link', { name: target.name }).click();
  await expect(page.getByTestId('outreach-name')).toHaveText(target.name);
});
