import { apiCall, japanDaysAgo } from './apiCall';
import { createCaseWithAgencies } from './caseWorkData';
import { expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';

// Issue 4, part 4: from the case screen, a print preview of the same HTML the CLI renders to PDF;
// 印刷 calls the preview frame's print() (in the harness, the browser's print).

test('a worker previews and prints the 相談受付・申込票 and the 経過記録 of a case', async ({
  page,
  harness,
}) => {
  const cspErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  await setUpThroughUi(page, harness);
  const { intake } = await createCaseWithAgencies(page, harness);
  for (const [days, facts] of [
    [15, '本人が来所。長男のことを相談したいとのこと。'],
    [5, '自宅を訪問し、長男と初めて顔を合わせた。'],
  ] as const) {
    await apiCall(page, harness, 'note.create', {
      caseId: intake.caseId,
      occurredAt: `${japanDaysAgo(days)}T10:30`,
      means: 'homeVisit',
      facts,
      assessment: days === 5 ? '長男に拒否は見られない。' : '',
    });
  }
  await page.goto(`${harness.origin}/#/cases/${intake.caseId}`);
  await expect(page.getByRole('heading', { name: '山田 太郎', level: 1 })).toBeVisible();

  // 相談受付・申込票.
  await page.getByRole('button', { name: '印刷', exact: true }).click();
  await page.getByRole('menuitem', { name: '相談受付・申込票' }).click();
  const dialog = page.getByRole('dialog', { name: `相談受付・申込票（${intake.caseNumber}）` });
  await expect(dialog).toBeVisible();
  const frame = page.frameLocator('[data-testid="print-frame"]');
  await expect(frame.getByRole('heading', { name: '相談受付・申込票' })).toBeVisible();
  await expect(frame.getByText('山田 太郎', { exact: true }).first()).toBeVisible();
  await expect(frame.getByText('相談し支援を受けることを申し込みます。', { exact: false })).toBeVisible();
  await expect(frame.getByText(intake.caseNumber)).toBeVisible();
  await shot(page, 'print-intake-preview');

  // 印刷 calls the frame's print(); the dialog itself cannot be driven headless, so count calls.
  await page.evaluate(`(() => {
    const frame = document.querySelector('[data-testid="print-frame"]');
    window.printCalls = 0;
    frame.contentWindow.print = () => { window.printCalls += 1; };
  })()`);
  await dialog.getByRole('button', { name: '印刷', exact: true }).click();
  expect(await page.evaluate('window.printCalls')).toBe(1);
  await dialog.getByRole('button', { name: '閉じる' }).click();
  await expect(dialog).toBeHidden();

  // 経過記録, first all of it, then a range holding only the later note.
  await page.getByRole('button', { name: '印刷', exact: true }).click();
  await page.getByRole('menuitem', { name: /経過記録/ }).click();
  const notesDialog = page.getByRole('dialog', { name: `経過記録（${intake.caseNumber}）` });
  await expect(frame.getByText('全期間')).toBeVisible();
  await expect(frame.getByText('本人が来所。', { exact: false })).toBeVisible();
  await expect(frame.getByText('長男に拒否は見られない。')).toBeVisible();
  await notesDialog.getByLabel('期間（開始）').fill(japanDaysAgo(10).replaceAll('-', '/'));
  await notesDialog.getByRole('button', { name: '表示' }).click();
  await expect(frame.getByText('本人が来所。', { exact: false })).toHaveCount(0);
  await expect(frame.getByText('自宅を訪問し、長男と初めて顔を合わせた。')).toBeVisible();
  await expect(frame.getByText('1件', { exact: true })).toBeVisible();
  await shot(page, 'print-notes-preview');

  // An end before the start is refused at the field, and the preview stays as it was.
  await notesDialog.getByLabel('期間（終了）').fill(japanDaysAgo(20).replaceAll('-', '/'));
  await notesDialog.getByRole('button', { name: '表示' }).click();
  await expect(
    notesDialog.getByText('期間の終了は開始と同じ日かそれより後にしてください'),
  ).toBeVisible();
  expect(cspErrors).toEqual([]);
});
