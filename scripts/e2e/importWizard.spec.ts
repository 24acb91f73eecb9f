import fs from 'node:fs';
import {
  cleanLines,
  firstLedgerRow,
  ledgerWorkbook,
} from '../../electron/services/excel/import/ledgerFixtures.testing';
import { loadExcelJs } from '../../electron/services/excel/workbook/loadExcelJs';
import { expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';
import { openCaseList } from './uiSteps';

// Issue 7, section 3: 帳票・Excel → 以前の Excel 台帳の取り込み. A messy 相談受付簿 (title rows,
// merged cells, every date notation, half-width kana, full-width digits, a 合計 row) with one bad
// line: the preview shows the columns, the rows and the error; the import leaves that line out.

test('a worker imports an old 相談受付簿, sees the bad line, skips it and finds the cases', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  const workbook = await ledgerWorkbook([
    ...cleanLines,
    { receivedOn: '２０２５/２/３０', name: '誤り 花子', route: '来所' },
  ]);

  await page.getByRole('navigation').getByText('帳票・Excel', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '帳票・Excel', level: 1 })).toBeVisible();
  const section = page.getByRole('region', { name: '以前の Excel 台帳の取り込み' });
  await expect(section.getByRole('radio', { name: '相談受付簿' })).toBeChecked();

  // Step 1: the file.
  await section.locator('input[type="file"]').setInputFiles({
    name: '相談受付簿.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(workbook),
  });
  await section.getByRole('button', { name: '読み込んで確認' }).click();

  // Step 2: columns, numbers, the rows as read, every problem.
  await expect(
    section.getByText('シート「相談受付簿」の4行目を見出しとして読みました。'),
  ).toBeVisible();
  const columns = section.getByRole('list', { name: '読み取った列' });
  await expect(columns.getByText('B 受付日')).toBeVisible();
  await expect(columns.getByText('L 主訴')).toBeVisible();
  await expect(
    section.getByRole('list', { name: '取り込まない列' }).getByText('Q 備考'),
  ).toBeVisible();
  await expect(section.getByTestId('import-count-rows')).toContainText('5');
  await expect(section.getByTestId('import-count-ready')).toContainText('4');
  await expect(section.getByTestId('import-count-invalid')).toContainText('1');
  const sample = section.getByRole('table', { name: '読み取った内容' });
  await expect(sample.getByRole('row')).toHaveCount(6);
  await expect(sample.getByText('令和7年4月1日').first()).toBeVisible();
  const problems = section.getByRole('table', { name: '問題の一覧' });
  const badRow = problems.getByRole('row').filter({ hasText: '存在しない日付です' });
  await expect(badRow).toContainText(String(firstLedgerRow + 4));
  await expect(badRow).toContainText('B列（受 付 日）');
  await expect(badRow).toContainText('受付日: 存在しない日付です（２０２５/２/３０）');
  // The office's staff are not in this new data folder: imported without a 担当者, as a warning.
  await expect(
    problems.getByText('職員「相談 一郎」が見つからないため、担当者なしで取り込みます'),
  ).toHaveCount(2);
  await expect(
    section.getByRole('heading', { name: '問題の一覧（エラー 1件・注意 2件）' }),
  ).toBeVisible();
  await page.screenshot({ path: '/tmp/import-wizard-preview.png', fullPage: true });
  await shot(page, 'import-preview');

  // The refused line can be saved with its reason, to fix in Excel (a download in the browser).
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'エラーのある行を Excel で保存' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('相談受付簿_取り込めなかった行.xlsx');
  const ExcelJS = await loadExcelJs();
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load(new Uint8Array(fs.readFileSync(await download.path())).buffer);
  const errorRow = saved.worksheets[0]!.getRow(2);
  expect(errorRow.getCell(3).value).toBe('誤り 花子');
  expect(errorRow.getCell(18).value).toBe(
    'B列（受 付 日）: 受付日: 存在しない日付です（２０２５/２/３０）',
  );

  // With an error, nothing is imported until the user chooses to leave the line out.
  const importButton = section.getByRole('button', { name: '4件を取り込む' });
  await expect(importButton).toBeDisabled();
  await section
    .getByRole('checkbox', { name: 'エラーのある1行を飛ばして、ほかの行を取り込む' })
    .check();
  await importButton.click();

  // Step 3: what was imported.
  await expect(section.getByText('4件を取り込みました。')).toBeVisible();
  await expect(section.getByTestId('import-count-imported')).toContainText('4');
  await page.screenshot({ path: '/tmp/import-wizard-done.png', fullPage: true });
  await shot(page, 'import-done');

  // The cases are in the case list (鈴木 一 was closed in the ledger, so the open list lacks him).
  await section.getByRole('link', { name: 'ケース一覧を開く' }).click();
  await expect(page.getByRole('heading', { name: 'ケース一覧' })).toBeVisible();
  await expect(page.getByText('R7-0001')).toBeVisible();
  await expect(page.getByText('山田\u3000太郎').first()).toBeVisible();
  await expect(page.getByText('佐藤 花子')).toBeVisible();

  // The same file again adds nothing.
  await page.getByRole('navigation').getByText('帳票・Excel', { exact: true }).click();
  await section.locator('input[type="file"]').setInputFiles({
    name: '相談受付簿.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(workbook),
  });
  await section.getByRole('button', { name: '読み込んで確認' }).click();
  await expect(section.getByTestId('import-count-duplicates')).toContainText('4');
  await expect(section.getByTestId('import-count-ready')).toContainText('0');
  await openCaseList(page);
});
