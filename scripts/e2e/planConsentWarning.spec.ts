import { apiCall, japanDaysAgo } from './apiCall';
import { createCaseWithAgencies } from './caseWorkData';
import { expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';

// Issue 17, defect 6: a plan 確定 with no 本人同意 recorded is warned about, naming what is missing,
// and the printed plan's consent block says so.

test('確定 without 本人同意 warns and names what is missing; the printed plan says so', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const { intake } = await createCaseWithAgencies(page, harness);
  await apiCall(page, harness, 'plan.create', {
    caseId: intake.caseId,
    createdOn: japanDaysAgo(2),
    goals: [{ kind: 'long', text: '親子で安心して暮らす' }],
    rows: [{ content: '見守り訪問' }],
  });
  await page.goto(`${harness.origin}/#/cases/${intake.caseId}`);
  await page.getByRole('tab', { name: '支援プラン' }).click();
  const editor = page.getByRole('form', { name: '第1版（案）を編集' });
  await editor.getByRole('button', { name: '確定する' }).click();

  const dialog = page.getByRole('dialog', { name: '支援プランを確定しますか' });
  const warning = dialog.getByTestId('consent-missing');
  await expect(warning).toContainText('本人同意が記録されていません');
  await expect(warning).toContainText('同意日・同意の方法');
  await shot(page, 'plan-confirm-without-consent');
  await dialog.getByRole('button', { name: '確定する' }).click();
  await expect(dialog).toBeHidden();

  const v1 = page.getByRole('region', { name: '第1版（読み取り専用）' });
  await v1.getByRole('button', { name: 'この版を印刷' }).click();
  const sheet = page.frameLocator('[data-testid="print-frame"]');
  await expect(
    sheet.getByText('本人同意の記録がないまま確定されています', { exact: false }),
  ).toBeVisible();
});
