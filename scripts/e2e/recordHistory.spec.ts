import { apiCall } from './apiCall';
import { createCaseWithAgencies } from './caseWorkData';
import { expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';

// Records keep their history (issue 17): a note corrected twice shows both earlier versions in
// its 訂正履歴; a note withdrawn (取消) with a reason stays listed as 取消; the 監査ログ links to
// the version a correction made.

for (const [width, height] of [
  [1280, 800],
  [1366, 768],
] as const) {
  test(`訂正履歴 and 取消 of a 経過記録 at ${width}×${height}`, async ({ page, harness }) => {
    await page.setViewportSize({ width, height });
    await setUpThroughUi(page, harness);
    const { intake } = await createCaseWithAgencies(page, harness);
    await apiCall(page, harness, 'note.create', {
      caseId: intake.caseId,
      occurredAt: '2026-04-02T10:00',
      means: 'phone',
      facts: '長女から電話。',
    });
    await apiCall(page, harness, 'note.create', {
      caseId: intake.caseId,
      occurredAt: '2026-04-03T11:00',
      means: 'homeVisit',
      facts: '隣の世帯を訪問した記録。',
    });
    await page.goto(`${harness.origin}/#/cases/${intake.caseId}`);

    // Two corrections through the form.
    const first = page.getByTestId('note-card').filter({ hasText: '長女から電話。' });
    for (const facts of [
      '長女から電話。父の様子を聞いた。',
      '長女から電話。父の通院の様子を聞いた。',
    ]) {
      await page
        .getByTestId('note-card')
        .filter({ hasText: '長女から電話' })
        .getByRole('button', { name: '訂正', exact: true })
        .click();
      const form = page.getByRole('form', { name: '経過記録を訂正' });
      await form.getByLabel('内容').fill(facts);
      await form.getByRole('button', { name: '訂正を保存' }).click();
      await expect(page.getByText('経過記録を訂正しました').first()).toBeVisible();
      await expect(form).toHaveCount(0);
    }
    const corrected = page
      .getByTestId('note-card')
      .filter({ hasText: '長女から電話。父の通院の様子を聞いた。' });
    await corrected.getByRole('button', { name: '訂正履歴（3版）' }).click();
    const dialog = page.getByRole('dialog', { name: '経過記録の訂正履歴' });
    const versions = dialog.getByTestId('history-version');
    await expect(versions).toHaveCount(3);
    await expect(versions.nth(0)).toContainText('第3版');
    await expect(versions.nth(0)).toContainText('現在の内容');
    await expect(versions.nth(0)).toContainText('長女から電話。父の通院の様子を聞いた。');
    await expect(versions.nth(1)).toContainText('第2版');
    await expect(versions.nth(1)).toContainText('長女から電話。父の様子を聞いた。');
    await expect(versions.nth(1)).toContainText('変更した項目：内容');
    await expect(versions.nth(1)).toContainText('管理 花子が訂正');
    await expect(versions.nth(2)).toContainText('第1版');
    await expect(versions.nth(2)).toContainText('最初の記録');
    await expect(versions.nth(2)).toContainText('長女から電話。');
    // Dates read in 和暦, never ISO.
    await expect(versions.nth(2)).toContainText('令和8年4月2日（木） 10:00');
    await expect(dialog).not.toContainText(/\d{4}-\d{2}-\d{2}/);
    await shot(page, `history-note-${width}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(first).toHaveCount(1);

    // 取消 with a reason: the note stays, marked and struck through.
    const mistaken = page.getByTestId('note-card').filter({ hasText: '隣の世帯を訪問した記録。' });
    await mistaken.getByRole('button', { name: '取消', exact: true }).click();
    const withdraw = page.getByRole('dialog', { name: '経過記録の取消' });
    await withdraw.getByRole('button', { name: '取り消す' }).click();
    await expect(withdraw.getByText('取消の理由を入力してください')).toBeVisible();
    await withdraw.getByLabel('取消の理由').fill('別の世帯の記録を誤って入力したため');
    await withdraw.getByRole('button', { name: '取り消す' }).click();
    await expect(withdraw).toHaveCount(0);
    await expect(mistaken).toHaveAttribute('data-withdrawn', 'true');
    await expect(mistaken).toContainText('取消');
    await expect(mistaken).toContainText('取消の理由：別の世帯の記録を誤って入力したため');
    await expect(mistaken.getByRole('button', { name: '訂正', exact: true })).toHaveCount(0);
    await expect(mistaken.getByRole('button', { name: '取消', exact: true })).toHaveCount(0);
    await shot(page, `history-withdrawn-${width}`);
    // Still there after a reload: withdrawn, never deleted.
    await page.reload();
    await expect(page.getByTestId('note-card')).toHaveCount(2);
    await expect(
      page.getByTestId('note-card').filter({ hasText: '隣の世帯を訪問した記録。' }),
    ).toHaveAttribute('data-withdrawn', 'true');

    // The 監査ログ links to the version a correction made.
    await page.goto(`${harness.origin}/#/admin/audit`);
    const row = page.getByRole('row').filter({ hasText: '経過記録の訂正' }).first();
    await row.getByRole('button', { name: '第3版を見る' }).click();
    const linked = page.getByRole('dialog', { name: '経過記録の訂正履歴' });
    await expect(linked.getByTestId('history-version').nth(0)).toContainText('監査ログが指す版');
    await shot(page, `history-audit-link-${width}`);
  });
}

test('訂正 of a 本人同意 record keeps the earlier version', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await setUpThroughUi(page, harness);
  const { intake } = await createCaseWithAgencies(page, harness);
  await apiCall(page, harness, 'consent.record', {
    caseId: intake.caseId,
    kind: 'application',
    state: 'given',
    recordedOn: '2026-04-02',
    method: 'verbal',
  });
  await page.goto(`${harness.origin}/#/cases/${intake.caseId}`);
  await page.getByRole('tab', { name: '本人同意' }).click();
  const history = page.getByRole('table', { name: '記録の履歴' });
  await history.getByRole('button', { name: '訂正', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '本人同意の記録を訂正' });
  await dialog.getByLabel('備考').fill('日付を訂正（窓口で受けたのは4月1日）');
  await dialog.getByLabel('日付').fill('令和8年4月1日');
  await dialog.getByRole('button', { name: '訂正を保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(history).toContainText('令和8年4月1日');
  await history.getByRole('button', { name: '訂正履歴', exact: true }).click();
  const versions = page
    .getByRole('dialog', { name: '本人同意の訂正履歴' })
    .getByTestId('history-version');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(1)).toContainText('令和8年4月2日');
  await expect(versions.nth(0)).toContainText('変更した項目：日付、備考');
  await shot(page, 'history-consent-1280');
});
