import { apiCall, japanDaysAgo } from './apiCall';
import { pick } from './caseDetailSteps';
import { createCaseWithAgencies } from './caseWorkData';
import { admin, expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';

// 一日の相談記録 (issue 17): one day of a staff member's records, or the office's, and its print.

test('ホーム → 今日の相談記録 lists the day’s notes, intakes, contacts and meetings, and prints them', async ({
  page,
  harness,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpThroughUi(page, harness);
  const today = japanDaysAgo(0);
  const { intake, household } = await createCaseWithAgencies(page, harness);
  const [staff] = await apiCall(page, harness, 'staff.options', {});
  if (!staff) throw new Error('no staff');
  await apiCall(page, harness, 'note.create', {
    caseId: intake.caseId,
    occurredAt: `${today}T10:15`,
    means: 'homeVisit',
    counterpart: '本人・長男',
    facts: '自宅を訪問。長男は襖越しに返事をした。',
    assessment: '長男に拒否はない。',
    nextAction: '長男あての手紙を届ける',
    nextActionOn: japanDaysAgo(-2),
    minutes: 45,
  });
  await apiCall(page, harness, 'note.create', {
    caseId: intake.caseId,
    occurredAt: `${japanDaysAgo(1)}T16:00`,
    means: 'phone',
    facts: '昨日の電話。',
  });
  const son = household.members.find((m) => m.name === '山田 一郎');
  if (!son) throw new Error('no son');
  const second = await apiCall(page, harness, 'case.intake', {
    receivedOn: today,
    receivedBy: staff.id,
    route: 'phone',
    person: { mode: 'existing', personId: son.id },
    fields: ['poverty'],
    chiefComplaint: '仕事を探したいが、何年も外に出ていない。',
  });
  const target = await apiCall(page, harness, 'outreach.create', {
    name: '駅前アパートの男性',
    raisedOn: japanDaysAgo(10),
  });
  await apiCall(page, harness, 'outreach.addContact', {
    targetId: target.id,
    contactedOn: today,
    method: 'visit',
    result: 'absent',
    note: '不在。手紙を置いた。',
  });
  await apiCall(page, harness, 'meeting.create', {
    kind: 'case',
    title: '今日のケース会議',
    heldOn: today,
    startTime: '15:00',
    chairStaffId: staff.id,
  });
  await page.reload();

  await page.getByRole('link', { name: '今日の相談記録' }).click();
  await expect(page.getByRole('heading', { name: '一日の相談記録', level: 1 })).toBeVisible();
  await expect(page.getByTestId('daily-heading')).toContainText(admin.displayName);
  await expect(page.getByTestId('daily-counts')).toHaveText(
    '経過記録 1件（計 45分）　相談受付 1件　アウトリーチ 1件　会議 1件',
  );
  const note = page.getByTestId('daily-note');
  await expect(note).toHaveCount(1);
  await expect(note).toContainText('10:15');
  await expect(note).toContainText('長男に拒否はない。');
  await expect(note).toContainText('長男あての手紙を届ける');
  await expect(note.getByRole('link', { name: intake.caseNumber })).toHaveAttribute(
    'href',
    `#/cases/${intake.caseId}`,
  );
  await expect(page.getByTestId('daily-intake')).toContainText(second.caseNumber);
  await expect(page.getByTestId('daily-intake')).toContainText('仕事を探したいが');
  await expect(page.getByTestId('daily-contact')).toContainText('駅前アパートの男性');
  await expect(page.getByTestId('daily-meeting')).toContainText('今日のケース会議');
  await shot(page, 'daily-record');

  // Yesterday, for the whole office: typed in 和暦, shown with 表示.
  const [y, m, d] = japanDaysAgo(1).split('-').map(Number) as [number, number, number];
  await page.getByLabel('日付').fill(`令和${y - 2018}年${m}月${d}日`);
  await pick(page, page.getByRole('combobox', { name: '職員' }), '事務所全体');
  await page.getByRole('button', { name: '表示' }).click();
  await expect(page).toHaveURL(/#\/reports\/daily\?date=\d{4}-\d{2}-\d{2}&staff=office$/);
  await expect(page.getByTestId('daily-heading')).toContainText('事務所全体');
  await expect(page.getByTestId('daily-note')).toContainText('昨日の電話。');
  await expect(page.getByText('この日の相談受付はありません。')).toBeVisible();

  // Back to today, and its A4 print.
  await page.goBack();
  await expect(page.getByTestId('daily-note')).toContainText('10:15');
  await page.getByRole('button', { name: '印刷', exact: true }).click();
  const frame = page.frameLocator('[data-testid="print-frame"]');
  await expect(frame.getByRole('heading', { name: '一日の相談記録' })).toBeVisible();
  await expect(frame.getByText('自宅を訪問。長男は襖越しに返事をした。')).toBeVisible();
  await expect(frame.getByText('今日のケース会議')).toBeVisible();
  await shot(page, 'daily-record-print');
});
