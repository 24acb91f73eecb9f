import { apiCall, japanDaysAgo } from './apiCall';
import { pick, reiwa } from './caseDetailSteps';
import { createCaseWithAgencies } from './caseWorkData';
import { expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';

// 次の対応 with a date (issue 17): written on a note, listed on ホーム, done from there.

test('a note’s 次の対応 dated today is on ホーム until 完了; an older one shows as 期限切れ', async ({
  page,
  harness,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpThroughUi(page, harness);
  const { intake } = await createCaseWithAgencies(page, harness);
  // One written three days ago for today minus one: overdue by one day.
  await apiCall(page, harness, 'note.create', {
    caseId: intake.caseId,
    occurredAt: `${japanDaysAgo(3)}T10:00`,
    means: 'phone',
    facts: '長男の件で地域包括から電話。',
    nextAction: '地域包括に折り返す',
    nextActionOn: japanDaysAgo(1),
  });

  await page.goto(`${harness.origin}/#/cases/${intake.caseId}`);
  const form = page.getByRole('form', { name: '経過記録を追加' });
  await pick(page, form.getByRole('combobox', { name: '手段' }), '訪問');
  await form.getByLabel('内容').fill('自宅を訪問。長男は襖越しに返事をした。');
  await form.getByLabel('次の対応', { exact: true }).fill('長男あての手紙を届ける');
  await form.getByLabel('次の対応の期日').fill(reiwa(japanDaysAgo(0)));
  // Nobody chosen: the item is the writer's.
  await expect(form.getByRole('combobox', { name: '担当者' })).toHaveAttribute(
    'placeholder',
    '記録者（自分）',
  );
  await shot(page, 'next-action-note-form');
  await form.getByRole('button', { name: '追加する' }).click();
  await expect(form.getByLabel('内容')).toHaveValue('');
  const card = page.getByTestId('note-card').filter({ hasText: '長男あての手紙を届ける' });
  await expect(card.getByTestId('note-next-action')).toContainText('担当 管理 花子');

  await page.goto(`${harness.origin}/#/home`);
  const region = page.getByRole('region', { name: '次の対応' });
  const today = region.getByTestId('next-action-today');
  await expect(today).toHaveCount(1);
  await expect(today).toContainText('長男あての手紙を届ける');
  await expect(today).toContainText('山田 太郎');
  await expect(today.getByRole('link', { name: intake.caseNumber })).toHaveAttribute(
    'href',
    `#/cases/${intake.caseId}`,
  );
  const overdue = region.getByTestId('next-action-overdue');
  await expect(overdue).toHaveCount(1);
  await expect(overdue).toContainText('地域包括に折り返す');
  await expect(overdue).toContainText('1日超過');
  await shot(page, 'next-action-home');

  await today.getByRole('button', { name: '「長男あての手紙を届ける」を完了にする' }).click();
  await expect(page.getByText('次の対応を完了にしました')).toBeVisible();
  await expect(region.getByTestId('next-action-today')).toHaveCount(0);
  await expect(region).toContainText('今日が期日の次の対応はありません。');
  await expect(region.getByTestId('next-action-overdue')).toHaveCount(1);

  // The case keeps who did it; the overdue one links to its case.
  await overdue.getByRole('link', { name: intake.caseNumber }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${intake.caseId}$`));
  await expect(card.getByTestId('note-next-action')).toContainText('管理 花子さんが完了');
  const late = page.getByTestId('note-card').filter({ hasText: '地域包括に折り返す' });
  await expect(late.getByTestId('note-next-action')).toContainText('期限切れ');
  await late.getByRole('button', { name: '「地域包括に折り返す」を完了にする' }).click();
  await expect(late.getByTestId('note-next-action')).toContainText('管理 花子さんが完了');
  await page.goto(`${harness.origin}/#/home`);
  await expect(region.getByTestId('next-action-overdue')).toHaveCount(0);
});
