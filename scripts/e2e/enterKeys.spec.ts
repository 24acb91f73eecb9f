import type { Locator, Page } from '@playwright/test';
import { apiCall, japanDaysAgo } from './apiCall';
import { pick } from './caseDetailSteps';
import { createCaseWithAgencies } from './caseWorkData';
import { expect, setUpThroughUi, test } from './fixtures';

// Issue 17, defects 5 and 7: what Enter does where Japanese is typed. In 課題 a typed word and
// Enter picks the highlighted tag, while an Enter that only confirms an IME conversion does
// nothing else; in 役割分担 and 出席者の氏名 a plain Enter never saves.

/** An Enter as the IME sends it while confirming a conversion (isComposing). */
async function imeConfirmingEnter(field: Locator): Promise<void> {
  // A string: the scripts are type-checked without the DOM library.
  await field.evaluate(`(element) => {
    for (const type of ['keydown', 'keyup']) {
      element.dispatchEvent(new KeyboardEvent(type, {
        key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true,
      }));
    }
  }`);
}

/** Counts the contract calls named `name` the page makes from now on. */
function countCalls(page: Page, name: string): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/call')) return;
    const body = request.postDataJSON() as { name?: string } | null;
    if (body?.name === name) count += 1;
  });
  return () => count;
}

test('課題: a typed word and Enter picks the tag; an IME Enter does not; an unknown word says so', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const { household } = await createCaseWithAgencies(page, harness);
  const son = household.members.find((m) => m.name === '山田 一郎');
  if (!son) throw new Error('no son');
  await page.goto(`${harness.origin}/#/cases/new?person=${son.id}`);
  await expect(page.getByTestId('intake-chosen')).toContainText('山田 一郎');
  await page.getByRole('radio', { name: '電話' }).check();
  await page.getByRole('checkbox', { name: '障害' }).check();
  await page.getByLabel('主訴').fill('長男が外に出ない。');

  const tags = page.getByRole('combobox', { name: '課題', exact: true });
  const intakes = countCalls(page, 'case.intake');
  await tags.click();
  await tags.pressSequentially('ひきこ');
  // The Enter that confirms the conversion: no tag yet, and the form is not saved.
  await imeConfirmingEnter(tags);
  await expect(page.getByTestId('issue-tags').getByText('ひきこもり', { exact: true })).toHaveCount(
    0,
  );
  await tags.press('Enter');
  const picked = page.getByTestId('issue-tags').getByText('ひきこもり', { exact: true });
  await expect(picked).toBeVisible();

  await tags.pressSequentially('8050');
  await tags.press('Enter');
  await expect(page.getByTestId('issue-tags').getByText('8050問題', { exact: true })).toBeVisible();

  // A word that is not on the list says so at the field, and where 管理 adds one.
  await tags.pressSequentially('ゴミ屋敷');
  await tags.press('Enter');
  const field = page.getByTestId('issue-tags');
  await expect(field).toContainText('「ゴミ屋敷」は課題の一覧にありません');
  await expect(field).toContainText('管理 → 課題の選択肢');
  await tags.press('Escape');
  expect(intakes()).toBe(0);

  await page.getByRole('button', { name: '受付を保存' }).click();
  await expect(page.getByText(/ケース R\d+-\d{4} を作成しました/)).toBeVisible();
  const caseId = Number(/#\/cases\/(\d+)/.exec(page.url())?.[1]);
  const detail = await apiCall(page, harness, 'case.get', { id: caseId });
  expect(detail.tags).toEqual(['ひきこもり', '8050問題']);
});

test('役割分担 and 出席者の氏名: a plain Enter never saves; Ctrl+Enter does', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const { intake } = await createCaseWithAgencies(page, harness);
  await page.goto(`${harness.origin}/#/cases/${intake.caseId}`);
  await page.getByRole('tab', { name: '関係機関' }).click();
  const sets = countCalls(page, 'caseAgency.set');

  // Adding an agency: Enter in 役割分担 adds nothing.
  const agencyForm = page.getByRole('form', { name: '関係機関を追加' });
  await pick(
    page,
    agencyForm.getByRole('combobox', { name: '関係機関' }),
    'みどり町地域包括支援センター',
  );
  const role = agencyForm.getByLabel('役割分担');
  await role.fill('見守り');
  await role.press('Enter');
  const table = page.getByRole('table', { name: 'このケースの関係機関' });
  await expect(table).toHaveCount(0);
  expect(sets()).toBe(0);
  await role.fill('本人の介護保険申請と見守り');
  await role.press('Control+Enter');
  await expect(table.getByRole('row')).toHaveCount(2);
  expect(sets()).toBe(1);

  // Changing a role in the table: Enter keeps the editor open and saves nothing.
  await table.getByRole('button', { name: 'みどり町地域包括支援センターの役割を変更' }).click();
  const editor = table.getByRole('textbox', { name: 'みどり町地域包括支援センター 役割分担' });
  await editor.fill('本人の介護保険申請');
  await editor.press('Enter');
  await expect(editor).toBeVisible();
  expect(sets()).toBe(1);
  await editor.press('Control+Enter');
  await expect(editor).toBeHidden();
  await expect(table).toContainText('本人の介護保険申請');
  expect(sets()).toBe(2);

  // A meeting's attendees: Enter in 出席者の氏名 neither adds nor saves.
  const meeting = await apiCall(page, harness, 'meeting.create', {
    kind: 'shien',
    title: '12月 支援会議',
    heldOn: japanDaysAgo(0),
  });
  const saves = countCalls(page, 'meeting.setAttendees');
  await page.goto(`${harness.origin}/#/meetings/${meeting.id}`);
  const attendees = page.getByRole('region', { name: '出席者' });
  await attendees.getByText('関係機関', { exact: true }).click();
  await pick(
    page,
    attendees.getByRole('combobox', { name: '関係機関から追加' }),
    'みどり町地域包括支援センター',
  );
  const name = attendees.getByLabel('出席者の氏名');
  await name.fill('佐藤 一郎');
  await name.press('Enter');
  await expect(attendees.getByTestId('attendee-row')).toHaveCount(0);
  await attendees.getByRole('button', { name: '追加', exact: true }).click();
  await expect(attendees.getByTestId('attendee-row')).toHaveCount(1);
  expect(saves()).toBe(0);
});
