import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Page } from '@playwright/test';
import type { Harness } from '../harness/startHarness';
import { apiCall } from './apiCall';
import { admin, expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';
import { calendarMonth, japanMonthOf } from '../../electron/contract/japaneseDate/japanTime';

// Issue 7, parts 1 and 2: the 月次実績報告 from the 帳票・Excel page and the case list from ケース,
// both downloaded by the browser (the web harness has no save dialog) and read back with exceljs.

/** The month before this one in Japan (`YYYY-MM`), and a day in it, whenever the test runs. */
function lastMonthInJapan(): { month: string; day: string } {
  const [year, thisMonth] = japanMonthOf(new Date()).split('-').map(Number) as [number, number];
  const month = calendarMonth(year, thisMonth - 1);
  return { month, day: `${month}-10` };
}

/** Two people in households of their own, each with an intake received on `day`. */
async function intakeTwoCases(page: Page, harness: Harness, day: string) {
  const [staff] = await apiCall(page, harness, 'staff.options', {});
  if (!staff) throw new Error('no staff to receive the intake');
  const people = [
    {
      name: '山田 太郎',
      nameKana: 'やまだ たろう',
      route: 'counter',
      fields: ['elderly', 'poverty'],
    },
    { name: '佐藤 花子', nameKana: 'さとう はなこ', route: 'referral', fields: ['child'] },
  ] as const;
  for (const person of people) {
    const household = await apiCall(page, harness, 'household.create', {
      household: { address: 'みどり町本町1-1' },
      members: [{ name: person.name, nameKana: person.nameKana, relationship: '本人' }],
    });
    const member = household.members[0];
    if (!member) throw new Error('household.create returned no member');
    await apiCall(page, harness, 'case.intake', {
      receivedOn: day,
      receivedBy: staff.id,
      route: person.route,
      person: { mode: 'existing', personId: member.id },
      fields: [...person.fields],
    });
  }
}

async function readDownload(download: Download, dir: string): Promise<ExcelJS.Workbook> {
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** The データ sheet as code → [当月, 年度累計]. */
function dataSheet(book: ExcelJS.Workbook): Map<string, [number, number]> {
  const sheet = book.getWorksheet('データ');
  const counts = new Map<string, [number, number]>();
  sheet?.eachRow((row, number) => {
    if (number === 1) return;
    counts.set(row.getCell(1).text, [Number(row.getCell(3).value), Number(row.getCell(4).value)]);
  });
  return counts;
}

test('the monthly report and the case list are exported to Excel from the UI', async ({
  page,
  harness,
}, testInfo) => {
  const downloads = testInfo.outputPath('downloads');
  fs.mkdirSync(downloads, { recursive: true });
  await setUpThroughUi(page, harness);
  const { month, day } = lastMonthInJapan();
  await intakeTwoCases(page, harness, day);

  // 月次実績報告: last month is chosen, shown in 和暦.
  await page.goto(`${harness.origin}/#/reports`);
  const section = page.getByRole('region', { name: '月次実績報告' });
  await expect(section).toBeVisible();
  const [y, m] = month.split('-').map(Number) as [number, number];
  await expect(section.getByTestId('report-period')).toContainText(`${m}月分`);
  await expect(section.getByLabel('年')).toHaveValue(new RegExp(`（${y}年）$`));
  await shot(page, 'export-report-section');
  const reportDownload = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Excel に出力' }).click();
  const report = await readDownload(await reportDownload, downloads);
  await expect(
    page.getByText(/実績報告_令和\d+年\d+月分\.xlsx をダウンロードしました/),
  ).toBeVisible();

  expect(report.worksheets.map((sheet) => sheet.name)).toEqual(['集計', 'データ']);
  const summary = report.getWorksheet('集計')!;
  expect(summary.getCell('A1').text).toMatch(/^令和\d+年\d+月分 重層的支援体制整備事業 実績報告$/);
  expect(summary.getCell('A2').text).toContain(`自治体名：${admin.municipality}`);
  const counts = dataSheet(report);
  expect(counts.size).toBe(44);
  expect(report.getWorksheet('データ')!.getCell('K2').value).toBe('月の終了後に集計');
  expect(counts.get('consultations.new')?.[0]).toBe(2);
  expect(counts.get('consultations.new.route.窓口')?.[0]).toBe(1);
  expect(counts.get('consultations.new.route.関係機関')?.[0]).toBe(1);
  expect(counts.get('consultations.new.field.高齢')?.[0]).toBe(1);
  expect(counts.get('consultations.new.field.子ども')?.[0]).toBe(1);
  expect(counts.get('consultations.new.multi_field')?.[0]).toBe(1);
  expect(counts.get('meetings.shien.held')).toEqual([0, 0]);
  expect(counts.get('consultations.new')?.[1]).toBeGreaterThanOrEqual(2);

  // This month (Japan time) is not over: chosen, it is warned of, and exported as 集計途中.
  const [thisYear, thisMonth] = japanMonthOf(new Date()).split('-').map(Number) as [number, number];
  await section.getByLabel('年', { exact: true }).click();
  await page.getByRole('option', { name: `（${thisYear}年）` }).click();
  await section.getByLabel('月', { exact: true }).click();
  await page.getByRole('option', { name: `${thisMonth}月`, exact: true }).click();
  const warning = section.getByRole('alert');
  await expect(warning).toContainText('集計途中の月です');
  await expect(warning).toContainText(`${thisMonth}月はまだ終わっていません（今日は令和`);
  await expect(section.getByRole('button', { name: 'Excel に出力', exact: true })).toHaveCount(0);
  for (const [width, height] of [
    [1280, 800],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await shot(page, `export-report-partial-${width}`);
  }
  const partialDownload = page.waitForEvent('download');
  await section.getByRole('button', { name: '集計途中のまま Excel に出力' }).click();
  const partial = await readDownload(await partialDownload, downloads);
  expect(partial.getWorksheet('集計')!.getCell('A1').text).toMatch(
    /^令和\d+年\d+月分 重層的支援体制整備事業 実績報告（集計途中：令和\d+年\d+月\d+日時点、月末まで終わっていません）$/u,
  );
  expect(partial.getWorksheet('データ')!.getCell('K2').value).toBe('集計途中（月の途中）');
  // Back to last month: no warning.
  await section.getByLabel('月', { exact: true }).click();
  const lastMonth = Number(month.slice(5));
  if (lastMonth === 12) {
    await section.getByLabel('年', { exact: true }).click();
    await page.getByRole('option', { name: `（${y}年）` }).click();
    await section.getByLabel('月', { exact: true }).click();
  }
  await page.getByRole('option', { name: `${lastMonth}月`, exact: true }).click();
  await expect(section.getByRole('alert')).toHaveCount(0);

  // ケース一覧: what the list shows, with names as initials.
  await page.goto(`${harness.origin}/#/cases`);
  await expect(page.getByTestId('case-total')).toHaveText('全2件');
  await page.getByRole('button', { name: 'Excel に出力' }).click();
  const dialog = page.getByRole('dialog', { name: 'ケース一覧を Excel に出力' });
  await expect(dialog.getByText('2件のケース', { exact: false })).toBeVisible();
  await dialog.getByLabel('氏名をイニシャルにする').check();
  await shot(page, 'export-case-list-dialog');
  const listDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '出力する' }).click();
  const list = await readDownload(await listDownload, downloads);
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(/ケース一覧_\d{8}\.xlsx をダウンロードしました（2件を出力しました）/),
  ).toBeVisible();

  const sheet = list.getWorksheet('ケース一覧')!;
  // The title (office, 和暦 date) and the filters in words, then the table.
  expect(sheet.rowCount).toBe(2 + 3);
  expect(sheet.getRow(1).getCell(1).text).toMatch(/^ケース一覧\u3000.*令和\d+年\d+月\d+日現在$/);
  expect(sheet.getRow(2).getCell(1).text).toContain('氏名はイニシャル');
  expect(sheet.getRow(3).getCell(1).text).toBe('ケース番号');
  const names = [4, 5].map((r) => sheet.getRow(r).getCell(3).text).sort();
  expect(names).toEqual(['S.H.', 'Y.T.']);
  expect([4, 5].map((r) => sheet.getRow(r).getCell(4).text)).toEqual(['', '']);
  expect(sheet.getRow(4).getCell(8).value).toEqual(new Date(`${day}T00:00:00.000Z`));
});
