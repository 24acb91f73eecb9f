import type { Locator, Page } from '@playwright/test';
import { apiCall, japanDaysAgo } from './apiCall';
import { pick } from './caseDetailSteps';
import { createCaseWithAgencies } from './caseWorkData';
import { admin, expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';

const rows = [
  {
    content: '介護保険の申請を支援する',
    agency: 'みどり町地域包括支援センター',
    frequency: '月1回',
  },
  {
    content: '長男の就労準備支援につなぐ',
    agency: 'みどり町自立相談支援センター',
    frequency: '週1回',
  },
  { content: '家計の見直しを一緒に行う', staff: admin.displayName, frequency: '2週に1回' },
];

/** Fills one 支援内容 row of the 案 editor (the row's inputs are named by its number). */
async function fillRow(page: Page, form: Locator, n: number, row: (typeof rows)[number]) {
  await form.getByLabel(`支援内容（${n}行目）`).fill(row.content);
  await pick(
    page,
    form.getByRole('combobox', { name: `関係機関・職員（${n}行目）` }),
    row.agency ?? row.staff,
  );
  await form.getByLabel(`頻度（${n}行目）`).fill(row.frequency);
}

test('a worker writes, confirms and evaluates a 支援プラン; 見直し starts version 2', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const { intake } = await createCaseWithAgencies(page, harness);
  await page.goto(`${harness.origin}/#/cases/${intake.caseId}`);
  await page.getByRole('tab', { name: '支援プラン' }).click();
  await expect(page.getByText('このケースの支援プランはまだありません。')).toBeVisible();
  await page.getByRole('button', { name: 'プランを作成' }).click();

  const editor = page.getByRole('form', { name: '第1版（案）を編集' });
  await expect(editor).toBeVisible();
  await editor.getByLabel('本人の思い・意向').fill('住み慣れた家で長男と暮らし続けたい。');
  await editor.getByRole('button', { name: '課題を追加' }).click();
  await editor.getByRole('textbox', { name: '課題1' }).fill('介護が必要になりつつある');
  await editor.getByLabel('背景1').fill('足腰が弱り、買い物に行けない。');
  await editor.getByRole('button', { name: '長期目標を追加' }).click();
  await editor.getByRole('textbox', { name: '目標1', exact: true }).fill('親子で安心して暮らす');
  await editor.getByRole('button', { name: '短期目標を追加' }).click();
  await editor.getByRole('textbox', { name: '目標2', exact: true }).fill('介護保険を申請する');

  // An empty 支援内容 is refused at the row, and nothing typed is lost.
  for (let i = 0; i < 3; i += 1) await editor.getByRole('button', { name: '行を追加' }).click();
  await editor.getByRole('button', { name: '案を保存' }).click();
  await expect(editor.getByText('支援内容を入力してください')).toHaveCount(3);
  await expect(editor.getByRole('textbox', { name: '目標2', exact: true })).toHaveValue(
    '介護保険を申請する',
  );
  for (const [i, row] of rows.entries()) await fillRow(page, editor, i + 1, row);
  await editor.getByLabel('参加支援につなぐ').check();
  await shot(page, 'plan-editor');

  // Ctrl+Enter saves from a text area.
  await editor.getByLabel('頻度（3行目）').press('Control+Enter');
  await expect(page.getByText('支援プランの案を保存しました')).toBeVisible();
  await expect(editor.getByText('保存していない変更があります')).toHaveCount(0);

  // 確定 asks first.
  await editor.getByRole('button', { name: '確定する' }).click();
  const dialog = page.getByRole('dialog', { name: '支援プランを確定しますか' });
  await shot(page, 'plan-confirm-dialog');
  await dialog.getByRole('button', { name: '確定する' }).click();
  await expect(dialog).toBeHidden();
  const v1 = page.getByRole('region', { name: '第1版（読み取り専用）' });
  await expect(v1.getByTestId('plan-read-only')).toBeVisible();
  await expect(v1.getByTestId('plan-row')).toHaveCount(3);
  await expect(v1.getByTestId('plan-row').nth(0)).toContainText('みどり町地域包括支援センター');
  await expect(page.getByTestId('stage-badge')).toHaveText('支援中');

  // Print preview of the confirmed version: the same A4 document the CLI renders to PDF.
  await v1.getByRole('button', { name: 'この版を印刷' }).click();
  const preview = page
    .getByRole('dialog')
    .filter({ has: page.locator('[data-testid="print-frame"]') });
  await expect(preview).toBeVisible();
  const sheet = page.frameLocator('[data-testid="print-frame"]');
  await expect(sheet.getByText('支援プラン').first()).toBeVisible();
  for (const row of rows) await expect(sheet.getByText(row.content)).toBeVisible();
  await preview.getByRole('button', { name: '閉じる' }).first().click();
  await expect(preview).toBeHidden();

  // 本人同意: 代筆 by the son.
  const consent = page.getByRole('form', { name: '本人同意を記録' });
  await consent.getByText('代筆').click();
  await consent.getByLabel('代筆者名').fill('山田 一郎');
  await consent.getByRole('button', { name: '同意を記録する' }).click();
  await expect(page.getByTestId('plan-consent')).toContainText('代筆（山田 一郎）');
  await expect(page.getByTestId('plan-consent')).toContainText('令和');
  await shot(page, 'plan-confirmed');

  // 評価 as 見直し.
  await v1.getByRole('button', { name: '評価する' }).click();
  const evaluation = page.getByRole('form', { name: '評価' });
  await evaluation.getByRole('button', { name: '評価を記録する' }).click();
  await expect(evaluation.getByText('目標の評価を選んでください')).toHaveCount(2);
  const goals = evaluation.getByTestId('goal-evaluation');
  await goals.nth(0).getByText('一部達成').click();
  await goals.nth(1).getByText('達成', { exact: true }).click();
  await goals.nth(1).getByLabel('コメント（介護保険を申請する）').fill('申請済み。認定待ち。');
  await evaluation.getByLabel('本人の変化').fill('表情が明るくなった。');
  await evaluation.getByText('見直し', { exact: true }).click();
  await expect(evaluation.getByTestId('decision-hint')).toContainText('新しい版');
  await shot(page, 'plan-evaluation');
  await evaluation.getByLabel('本人の変化').press('Control+Enter');

  // Version 2 opens in the editor, prefilled from version 1.
  const editor2 = page.getByRole('form', { name: '第2版（案）を編集' });
  await expect(editor2).toBeVisible();
  await expect(page.getByTestId('plan-version')).toHaveCount(2);
  await expect(editor2.getByLabel('本人の思い・意向')).toHaveValue(
    '住み慣れた家で長男と暮らし続けたい。',
  );
  await expect(editor2.getByRole('textbox', { name: '目標2', exact: true })).toHaveValue(
    '介護保険を申請する',
  );
  for (const [i, row] of rows.entries()) {
    await expect(editor2.getByLabel(`支援内容（${i + 1}行目）`)).toHaveValue(row.content);
    await expect(editor2.getByLabel(`頻度（${i + 1}行目）`)).toHaveValue(row.frequency);
  }
  await expect(editor2.getByRole('combobox', { name: '関係機関・職員（3行目）' })).toHaveValue(
    admin.displayName,
  );
  // Rows move with ↑ ↓.
  await editor2.getByRole('button', { name: '3行目を上へ' }).click();
  await expect(editor2.getByLabel('支援内容（2行目）')).toHaveValue(rows[2]!.content);
  await shot(page, 'plan-version2');

  // Version 1 is still there, read only, with its evaluation.
  await page.getByRole('button', { name: '第1版を表示' }).click();
  await expect(v1).toBeVisible();
  await expect(v1.getByTestId('plan-read-only')).toContainText('新しい版で見直されています');
  await expect(v1.getByRole('textbox')).toHaveCount(0);
  await expect(v1.getByTestId('plan-row')).toHaveCount(3);
  await expect(v1.getByTestId('plan-evaluation')).toContainText('見直し');
  await expect(v1.getByRole('button', { name: '評価する' })).toHaveCount(0);
  await shot(page, 'plan-version1');

  // Any evaluation prints its own 評価シート: the decision, 評価者, the meeting line.
  await v1
    .getByTestId('plan-evaluation')
    .getByRole('button', { name: 'この評価の評価シートを印刷' })
    .click();
  const evaluationSheet = page.frameLocator('[data-testid="print-frame"]');
  await expect(evaluationSheet.getByText('● 見直し')).toBeVisible();
  await expect(evaluationSheet.getByText('確認した会議')).toBeVisible();
  await expect(evaluationSheet.getByText('表情が明るくなった。')).toBeVisible();
  await shot(page, 'plan-evaluation-sheet');
});

test('home lists plans whose 次回評価予定日 has passed', async ({ page, harness }) => {
  await setUpThroughUi(page, harness);
  await expect(page.getByText('評価予定日を過ぎたプラン')).toHaveCount(0);
  const { intake } = await createCaseWithAgencies(page, harness);
  const plan = await apiCall(page, harness, 'plan.create', {
    caseId: intake.caseId,
    createdOn: japanDaysAgo(19),
    nextEvaluationOn: japanDaysAgo(5),
    goals: [{ kind: 'long', text: '安心して暮らす' }],
    rows: [{ content: '見守り訪問' }],
  });
  await apiCall(page, harness, 'plan.confirm', { id: plan.id });
  await page.reload();
  const card = page.getByRole('region', { name: '評価予定日を過ぎたプラン' });
  await expect(card.getByTestId('due-plan')).toHaveCount(1);
  await expect(card).toContainText('山田 太郎');
  await expect(card).toContainText('5日超過');
  await expect(card).toContainText('（全1件）');
  await shot(page, 'plan-home-due');

  // 支援プラン lists every plan due, for the whole office or one staff member.
  await page.getByRole('navigation').getByText('支援プラン', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '評価予定日を過ぎたプラン' })).toBeVisible();
  await expect(page.getByTestId('due-plan-count')).toHaveText('全1件のうち 1件を表示');
  const list = page.getByRole('table', { name: '評価予定日を過ぎたプラン' });
  await expect(list.getByTestId('due-plan')).toHaveCount(1);
  await expect(list).toContainText('山田 太郎');
  await shot(page, 'plan-due-page');
  await list.getByRole('link', { name: intake.caseNumber }).click();
  await expect(page.getByTestId('case-number')).toHaveText(intake.caseNumber);
});
