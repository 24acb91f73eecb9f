import ExcelJS from 'exceljs';
import { apiCall, japanDaysAgo } from './apiCall';
import { expect, setUpThroughUi, test } from './fixtures';
import { pick } from './caseDetailSteps';
import { createSecondCase } from './meetingData';
import { shot } from './shots';

// A code (`outreach.setStage`), a bare id (`#25`), a key (`kind:`), a Latin word or an ISO date.
const raw =
  /[a-z]+\.[a-z]+|#\d|[A-Za-z]+:|(?<![A-Za-z])(?!Excel|PDF|ID)[A-Za-z]{2,}|\d{4}-\d{2}-\d{2}/;

test('監査ログ: 会議・アウトリーチ・参加支援・地域づくり and consent read in Japanese, on screen and in Excel', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const intake = await createSecondCase(page, harness);
  await apiCall(page, harness, 'consent.record', {
    caseId: intake.caseId,
    kind: 'jusouMeeting',
    state: 'given',
    recordedOn: japanDaysAgo(5),
    method: 'signature',
  });
  const meeting = await apiCall(page, harness, 'meeting.create', {
    kind: 'jusou',
    title: '定例会議',
    heldOn: japanDaysAgo(2),
  });
  await apiCall(page, harness, 'meeting.addCase', { meetingId: meeting.id, caseId: intake.caseId });
  const outreach = await apiCall(page, harness, 'outreach.create', {
    name: '川上 一夫',
    raisedOn: japanDaysAgo(20),
  });
  await apiCall(page, harness, 'outreach.addContact', {
    targetId: outreach.id,
    contactedOn: japanDaysAgo(3),
    method: 'visit',
    result: 'met',
  });
  const resource = await apiCall(page, harness, 'resource.create', {
    name: 'みどり農園',
    kind: 'farming',
  });
  await apiCall(page, harness, 'match.create', {
    personId: intake.personId,
    resourceId: resource.id,
    proposedOn: japanDaysAgo(1),
  });
  await apiCall(page, harness, 'activity.create', {
    heldOn: japanDaysAgo(4),
    name: 'みどりサロン',
    kind: 'ibasho',
    participants: 12,
  });

  await page.getByRole('navigation').getByRole('link', { name: '管理' }).click();
  await page.getByRole('link', { name: '監査ログを見る' }).click();
  const table = page.getByRole('table', { name: '監査ログの一覧' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  for (const text of [
    '本人同意の記録',
    '同意の種類：重層的支援会議での検討、状態：同意あり',
    '会議の登録',
    '会議 定例会議',
    '検討ケースの追加',
    'アウトリーチ 川上 一夫',
    '方法：訪問、結果：会えた、段階：把握 → 接触',
    '参加支援 佐藤 恵子 → みどり農園',
    '地域づくり みどりサロン',
    '種類：居場所',
  ]) {
    await expect(table).toContainText(text);
  }
  // Every cell but the row id reads as Japanese: no code, bare id, key or ISO date.
  for (const cell of await table.locator('tbody td').allInnerTexts()) {
    expect(cell).not.toMatch(raw);
  }
  await shot(page, 'audit-log-japanese');

  // The 操作 filter has a group for meetings (and the other features), each as a whole.
  await pick(page, page.getByRole('combobox', { name: '操作' }), '会議（すべて）');
  await page.getByRole('button', { name: '絞り込む' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('検討ケースの追加');
  const actions = await table.locator('tbody tr td:nth-child(4)').allInnerTexts();
  expect(new Set(actions)).toEqual(new Set(['検討ケースの追加', '会議の登録']));

  // The Excel file has the screen's columns and words.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel に出力' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await (await download).path());
  const sheet = workbook.getWorksheet('監査ログ');
  expect(sheet?.getRow(1).values).toEqual([
    undefined,
    '行ID',
    '日時',
    '職員',
    '操作',
    '対象',
    '内容',
  ]);
  expect(sheet?.getRow(2).getCell(4).value).toBe('検討ケースの追加');
  expect(sheet?.getRow(2).getCell(5).text).toMatch(/^会議 定例会議（令和\d+年\d+月\d+日）$/u);
  for (let r = 2; r <= (sheet?.rowCount ?? 0); r += 1) {
    for (const c of [3, 4, 5, 6]) expect(sheet?.getRow(r).getCell(c).text).not.toMatch(raw);
  }
});
