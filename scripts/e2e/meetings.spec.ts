import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createTempDir } from '../../db/testing/createTestDb';
import { renderPdf } from '../print/renderPdf';
import { apiCall, japanDaysAgo } from './apiCall';
import { pick, reiwa } from './caseDetailSteps';
import { createCaseWithAgencies } from './caseWorkData';
import { admin, expect, setUpThroughUi, test } from './fixtures';
import { createSecondCase } from './meetingData';
import { shot } from './shots';

// Issue 5: the two meetings the law separates. A 支援会議 discusses people who have not
// consented, with 守秘義務 and numbered handouts; a 重層的支援会議 refuses a case without consent.

const pngDir = process.env.KASANE_MEETING_SHOTS ?? '/tmp';

/** Puts a case on the agenda through the search of the meeting screen. */
async function addToAgenda(page: Page, words: string, caseNumber: string) {
  const agenda = page.getByRole('region', { name: '議題' });
  await agenda.getByLabel('ケースを探す').fill(words);
  await agenda.getByLabel('ケースを探す').press('Enter');
  await agenda.getByRole('button', { name: `${caseNumber} を議題に追加` }).click();
}

/** The text of a PDF as pdftotext reads it, without whitespace. */
function pdfWords(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, '');
}

async function addOtherAttendee(attendees: Locator, name: string, affiliation: string) {
  await attendees.getByText('その他', { exact: true }).click();
  await attendees.getByLabel('氏名', { exact: true }).fill(name);
  await attendees.getByLabel('所属・職名', { exact: true }).fill(affiliation);
  await attendees.getByRole('button', { name: '追加', exact: true }).click();
}

test('a 支援会議 with two cases and three attendees: minutes, a decision and the handout', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const { intake } = await createCaseWithAgencies(page, harness);
  const second = await createSecondCase(page, harness);

  // 会議 → 新しい会議: the kinds are explained; 支援会議 on today's date, typed in 和暦.
  await page.getByRole('navigation').getByText('会議', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '会議', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: '新しい会議' }).click();
  const form = page.getByRole('form', { name: '新しい会議' });
  await expect(form.getByText('本人の同意がなくても')).toBeVisible();
  await form.getByRole('button', { name: '会議を作成' }).click();
  await expect(form.getByText('会議の種類を選んでください')).toBeVisible();
  await form.getByRole('radio', { name: '支援会議', exact: true }).check();
  await form.getByLabel('会議名').fill('11月 支援会議');
  await form.getByLabel('開催日').fill(reiwa(japanDaysAgo(0)));
  await form.getByLabel('開始時刻').fill('1400');
  await form.getByLabel('終了時刻').fill('15:30');
  await form.getByLabel('場所').fill('役場2階 会議室');
  await pick(page, form.getByRole('combobox', { name: '司会（職員）' }), admin.displayName);
  await page.screenshot({ path: path.join(pngDir, 'meeting-new.png'), fullPage: true });
  await form.getByLabel('場所').press('Control+Enter');
  await expect(page.getByRole('heading', { name: '11月 支援会議', level: 1 })).toBeVisible();
  await expect(page.getByTestId('meeting-when')).toContainText('14:00〜15:30');

  // Three attendees: a staff member, an agency's representative, and the 民生委員.
  const attendees = page.getByRole('region', { name: '出席者' });
  await pick(page, attendees.getByRole('combobox', { name: '職員を追加' }), admin.displayName);
  await attendees.getByText('関係機関', { exact: true }).click();
  await pick(
    page,
    attendees.getByRole('combobox', { name: '関係機関から追加' }),
    'みどり町地域包括支援センター',
  );
  await attendees.getByLabel('出席者の氏名').fill('佐藤 一郎');
  await attendees.getByRole('button', { name: '追加', exact: true }).click();
  await addOtherAttendee(attendees, '田中 花子', '民生委員');
  await expect(attendees.getByTestId('attendee-row')).toHaveCount(3);
  await expect(attendees.getByTestId('ack-missing')).toContainText('3人');
  await attendees.getByRole('button', { name: '全員を今日の日付で確認済みにする' }).click();
  await expect(attendees.getByTestId('ack-missing')).toHaveCount(0);
  await attendees.getByRole('button', { name: '出席者を保存' }).click();
  await expect(page.getByText('出席者を保存しました')).toBeVisible();
  await expect(attendees.getByTestId('attendees-unsaved')).toHaveCount(0);

  // Two cases on the agenda: one by its number, one by name; no consent is needed here.
  await addToAgenda(page, intake.caseNumber, intake.caseNumber);
  await expect(page.getByTestId('agenda-case')).toHaveCount(1);
  await addToAgenda(page, '佐藤 恵子', second.caseNumber);
  await expect(page.getByTestId('agenda-case')).toHaveCount(2);
  const first = page.getByRole('article', { name: `${intake.caseNumber} 山田 太郎` });
  await expect(first.getByTestId('agenda-consent')).toContainText('未確認');

  // 協議内容 saves with Ctrl+Enter; typing in the other case's minutes is not lost meanwhile.
  const other = page.getByRole('article', { name: `${second.caseNumber} 佐藤 恵子` });
  await other
    .getByRole('textbox', { name: `協議内容（${second.caseNumber}）` })
    .fill('父の介護認定を急ぐ。');
  const minutes = first.getByRole('textbox', { name: `協議内容（${intake.caseNumber}）` });
  await minutes.fill('長男の状況を包括と共有した。\n訪問は月2回とする。');
  // The rest of the case's minutes: its time, 本人の意向 and a 今後のアクション row with its 期限.
  await first.getByLabel('開始', { exact: true }).fill('1410');
  await first.getByLabel('本人の意向').fill('息子とこの家で暮らしたい');
  await first.getByRole('button', { name: 'アクションを追加' }).click();
  await first.getByLabel('担当（機関・担当者）（1行目）').fill('みどり町地域包括支援センター');
  await first.getByLabel('内容（1行目）').fill('月2回訪問し、長男と話す');
  await first.getByLabel('期限（1行目）').fill(reiwa(japanDaysAgo(-28)));
  await minutes.press('Control+Enter');
  await expect(page.getByText('協議内容を保存しました')).toBeVisible();
  await expect(
    other.getByRole('textbox', { name: `協議内容（${second.caseNumber}）` }),
  ).toHaveValue('父の介護認定を急ぐ。');

  // A decision: 役割分担.
  await pick(page, first.getByRole('combobox', { name: '種類' }), '役割分担');
  await first
    .getByLabel(`決定事項の内容（${intake.caseNumber}）`)
    .fill('包括が月2回訪問し、町は家計の相談を受ける。');
  await first.getByRole('button', { name: '決定事項を追加' }).click();
  await expect(first.getByTestId('decision')).toContainText('包括が月2回訪問し');

  // 開催済.
  const wrapUp = page.getByRole('region', { name: '開催の記録' });
  await wrapUp.getByLabel('全体の協議・連絡事項').fill('年末年始の見守り体制を確認した。');
  await wrapUp.getByLabel('次回予定（時刻・場所・内容）').fill('14:00から 役場2階 会議室');
  await wrapUp.getByRole('button', { name: '開催済にする' }).click();
  await expect(page.getByText('開催済にしました')).toBeVisible();
  await expect(page.getByTestId('meeting-status').first()).toHaveText('開催済');
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: path.join(pngDir, 'meeting-screen.png'), fullPage: true });
  await shot(page, 'meeting-screen');

  // 会議資料: the preview, then the same HTML rendered to PDF holds the notice and copies 1..3.
  const printed = page.waitForResponse(
    (r) =>
      r.url().endsWith('/api/call') &&
      (r.request().postDataJSON() as { name?: string } | null)?.name === 'print.meetingHandout',
  );
  await page.getByRole('button', { name: '会議資料を印刷' }).click();
  const envelope = (await (await printed).json()) as { ok: boolean; value: { html: string } };
  expect(envelope.ok).toBe(true);
  const sheet = page.frameLocator('[data-testid="print-frame"]');
  await expect(sheet.getByText('守秘義務について').first()).toBeVisible();
  await expect(sheet.getByText('配布番号 3 / 3', { exact: true })).toBeVisible();
  await page.screenshot({ path: path.join(pngDir, 'meeting-handout.png') });

  const dir = createTempDir('kasane-e2e-handout-');
  try {
    const pdf = path.join(dir, 'handout.pdf');
    await renderPdf(envelope.value.html, pdf, process.env.CHROME_PATH ?? '/usr/bin/chromium');
    const text = pdfWords(pdf);
    expect(text).toContain('社会福祉法第106条の6');
    expect(text).toContain('秘密を漏らしてはなりません');
    for (const n of [1, 2, 3]) expect(text).toContain(`配布番号${n}/3`);
    expect(text).not.toContain('配布番号4');
    expect(pdfWords(pdf, 1)).toContain('会議終了後回収');
    expect(text).toContain('山田太郎');
    fs.copyFileSync(pdf, path.join(pngDir, 'meeting-handout.pdf'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await page.getByRole('dialog').getByRole('button', { name: '閉じる' }).first().click();

  // 会議録: 本人の意向 in quotes, the 今後のアクション with its 期限, the 次回予定 and 作成者.
  await page.getByRole('button', { name: '会議録を印刷' }).click();
  const record = page.frameLocator('[data-testid="print-frame"]');
  await expect(record.getByText('「息子とこの家で暮らしたい」')).toBeVisible();
  await expect(record.getByText('月2回訪問し、長男と話す')).toBeVisible();
  const [dueY, dueM, dueD] = japanDaysAgo(-28).split('-').map(Number) as [number, number, number];
  await expect(record.getByText(`令和${dueY - 2018}年${dueM}月${dueD}日`).first()).toBeVisible();
  await expect(record.getByText('14:00から 役場2階 会議室')).toBeVisible();
  await expect(record.getByText('（14:10〜）')).toBeVisible();
  await page.screenshot({ path: path.join(pngDir, 'meeting-minutes.png') });
  await page.getByRole('dialog').getByRole('button', { name: '閉じる' }).first().click();

  // The case screen lists the meeting with its minutes and decision. The other case's 協議内容
  // was typed and never saved, so leaving asks first and keeps it as a draft.
  await page.getByRole('link', { name: intake.caseNumber }).first().click();
  await page
    .getByRole('dialog', { name: '保存していない入力があります' })
    .getByRole('button', { name: '下書きを残して移動する' })
    .click();
  await page.getByRole('tab', { name: '会議' }).click();
  const entry = page.getByTestId('case-meeting');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('支援会議');
  await expect(entry).toContainText('訪問は月2回とする。');
  await expect(entry).toContainText('役割分担');
  await entry.getByRole('link', { name: '11月 支援会議' }).click();
  await expect(page.getByRole('heading', { name: '11月 支援会議', level: 1 })).toBeVisible();

  // The list: the meeting with its kind, 2 cases, 3 attendees, 開催済. The meeting screen showed
  // the kept draft again, so leaving it asks again.
  await page.getByRole('link', { name: '会議一覧へ' }).click();
  await page
    .getByRole('dialog', { name: '保存していない入力があります' })
    .getByRole('button', { name: '下書きを残して移動する' })
    .click();
  const row = page.getByTestId('meeting-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('支援会議');
  await expect(row).toContainText('2件');
  await expect(row).toContainText('3人');
  await expect(row).toContainText('開催済');
  await page.screenshot({ path: path.join(pngDir, 'meeting-list.png') });
});

test('a case without consent is refused on a 重層的支援会議, explained, and taken to a 支援会議', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const { intake } = await createCaseWithAgencies(page, harness);
  const meeting = await apiCall(page, harness, 'meeting.create', {
    kind: 'jusou',
    title: '12月 重層的支援会議',
    heldOn: japanDaysAgo(-7),
  });
  await page.goto(`${harness.origin}/#/meetings/${meeting.id}`);
  await expect(page.getByRole('heading', { name: '12月 重層的支援会議' })).toBeVisible();

  await addToAgenda(page, intake.caseNumber, intake.caseNumber);
  const refusal = page.getByTestId('consent-refusal');
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('重層的支援会議の議題にできません');
  // The service's reason, then what to do: record the consent, or use a 支援会議 meanwhile.
  await expect(refusal).toContainText('本人同意');
  await expect(refusal).toContainText('同意がない間は、支援会議で検討できます。');
  await expect(page.getByTestId('agenda-case')).toHaveCount(0);
  await page.screenshot({ path: path.join(pngDir, 'meeting-refusal.png'), fullPage: true });

  // 支援会議で検討する: none is planned yet, so a new 支援会議 starts with the case on it.
  await refusal.getByRole('button', { name: '支援会議で検討する' }).click();
  const chooser = page.getByRole('dialog', { name: `支援会議で検討する（${intake.caseNumber}）` });
  await expect(chooser.getByText('予定されている支援会議はありません。')).toBeVisible();
  await chooser.getByRole('button', { name: '新しい支援会議を作成して追加' }).click();
  const form = page.getByRole('form', { name: '新しい会議' });
  await expect(form.getByRole('radio', { name: '支援会議', exact: true })).toBeChecked();
  await expect(form.getByText('作成後、選んだケースを議題に追加します。')).toBeVisible();
  await form.getByRole('button', { name: '会議を作成' }).click();
  await expect(page.getByTestId('meeting-kind')).toHaveText('支援会議');
  await expect(page.getByTestId('agenda-case')).toHaveCount(1);
  await expect(page.getByTestId('agenda-case')).toContainText(intake.caseNumber);

  // Once consent is recorded, the 重層的支援会議 takes the case.
  await apiCall(page, harness, 'consent.record', {
    caseId: intake.caseId,
    kind: 'jusouMeeting',
    state: 'given',
    recordedOn: japanDaysAgo(0),
    method: 'signature',
  });
  await page.goto(`${harness.origin}/#/meetings/${meeting.id}`);
  await addToAgenda(page, intake.caseNumber, intake.caseNumber);
  await expect(page.getByTestId('agenda-case')).toHaveCount(1);
  await expect(page.getByTestId('agenda-consent')).toContainText('同意あり');
  await expect(page.getByTestId('consent-warning')).toHaveCount(0);

  // A consent withdrawn after the case was put on the agenda flags it on the meeting screen.
  await apiCall(page, harness, 'consent.record', {
    caseId: intake.caseId,
    kind: 'jusouMeeting',
    state: 'withdrawn',
    recordedOn: japanDaysAgo(0),
    method: null,
  });
  await page.reload();
  await expect(page.getByTestId('agenda-case')).toHaveAttribute('data-flagged', 'true');
  await expect(page.getByTestId('consent-warning')).toBeVisible();
  await expect(page.getByTestId('meeting-consent-warnings')).toContainText(intake.caseNumber);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: path.join(pngDir, 'meeting-flagged.png'), fullPage: true });
});

test('管理 renames the meeting kinds; screens and lists use the office names', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  await page.goto(`${harness.origin}/#/admin`);
  const names = page.getByRole('form', { name: '会議の種類の表示名' });
  await names.getByLabel('「重層的支援会議」の表示名').fill('ケース会議');
  await names.getByRole('button', { name: '表示名を保存' }).click();
  await expect(names.getByText('会議の種類の名称が重複しています')).toBeVisible();
  await names.getByLabel('「重層的支援会議」の表示名').fill('重層的支援会議');
  await names.getByLabel('「支援会議」の表示名').fill('支援調整会議');
  await names.getByLabel('「支援会議」の表示名').press('Control+Enter');
  await expect(page.getByText('会議の種類の表示名を保存しました')).toBeVisible();

  await page.goto(`${harness.origin}/#/meetings/new`);
  const form = page.getByRole('form', { name: '新しい会議' });
  await form.getByRole('radio', { name: '支援調整会議', exact: true }).check();
  await form.getByRole('button', { name: '会議を作成' }).click();
  await expect(page.getByTestId('meeting-kind')).toHaveText('支援調整会議');
  // The law's rule follows the kind, not its name: still the 守秘義務 of a 支援会議.
  await expect(page.getByText('出席者には守秘義務（社会福祉法第106条の6第5項）')).toBeVisible();
});
