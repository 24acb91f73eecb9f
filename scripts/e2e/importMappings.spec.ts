import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import { expect, setUpThroughUi, test } from './fixtures';
import { shot } from './shots';

// Issue 20: a Shift_JIS CSV from an older system, with values joined by ・, a staff member written
// by 姓 alone, another not in Kasane, an unknown 経路 and an unknown 課題. The wizard reads the 姓,
// maps the rest once for the whole file (a 管理者 adds the 課題 to the list), imports, and reads
// the office's next file the same way without asking.

const ledger = (rows: string[][]) =>
  iconv.encode(
    [['受付日', '氏名', '生年月日', '相談経路', '相談分野', '課題', '担当者'], ...rows]
      .map((cells) => cells.join(','))
      .join('\r\n'),
    'cp932',
  );

const first = ledger([
  ['R7.6.1', '髙橋 一郎', 'S40.1.1', 'FAX', '高齢・困窮', '介護・DV・虐待', '管理'],
  ['R7.6.2', '﨑山 二郎', 'S40.1.2', 'FAX', '障害', 'ゴミ屋敷', '石川'],
  ['R7.6.3', '山田 三郎', 'S40.1.3', '電話', '子育て', '子育て・仕事・就労・ゴミ屋敷', '石川'],
]);

async function upload(page: Page, name: string, bytes: Buffer) {
  const section = page.getByRole('region', { name: '以前の Excel 台帳の取り込み' });
  await section
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  await section.getByRole('button', { name: '読み込んで確認' }).click();
  return section;
}

async function choose(page: Page, select: string, option: string) {
  await page.getByRole('combobox', { name: select }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a worker maps a CSV’s unknown names and words once for the whole file, and the next file is read the same way', async ({
  page,
  harness,
}) => {
  await setUpThroughUi(page, harness);
  await page.getByRole('navigation').getByText('帳票・Excel', { exact: true }).click();
  const section = await upload(page, '住基出力.csv', first);

  await expect(
    section.getByText('CSV（文字コード Shift_JIS（CP932））として読み、1行目を見出しとしました。'),
  ).toBeVisible();
  const words = section.getByRole('table', { name: 'ファイルの言葉の読み方' });
  const row = (text: string) => words.getByRole('row').filter({ hasText: text });
  await expect(row('「管理」')).toContainText('姓で一致');
  await expect(row('「石川」')).toContainText('2行');
  await expect(row('「石川」')).toContainText('見つからない（担当者なし）');
  await expect(row('「FAX」')).toContainText('一覧にない（エラー）');
  await expect(row('「ゴミ屋敷」')).toContainText('2行');
  await expect(section.getByTestId('import-count-invalid')).toContainText('3');
  await page.setViewportSize({ width: 1366, height: 768 });
  await shot(page, 'import-mappings-1366');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: '/tmp/import-mappings-before.png', fullPage: true });

  // Once for the whole file: FAX is その他, 石川 is the 管理者 herself.
  await choose(page, '相談経路「FAX」の読み方', 'その他');
  await expect(row('「FAX」')).toContainText('読み替え');
  await choose(page, '担当者「石川」の読み方', '管理 花子');
  await expect(row('「石川」')).toContainText('読み替え');
  // ゴミ屋敷 becomes a 課題 of the office (a 管理者 may add it to the list).
  await row('「ゴミ屋敷」').getByRole('button', { name: '課題の一覧に加える' }).click();
  await expect(page.getByText('「ゴミ屋敷」を課題の一覧に加えました。')).toBeVisible();
  await expect(row('「ゴミ屋敷」')).toHaveCount(0);
  await expect(section.getByTestId('import-count-invalid')).toContainText('0');
  await expect(section.getByTestId('import-count-ready')).toContainText('3');
  await page.screenshot({ path: '/tmp/import-mappings-after.png', fullPage: true });
  await shot(page, 'import-mappings');

  await section.getByRole('button', { name: '3件を取り込む' }).click();
  await expect(section.getByText('3件を取り込みました。')).toBeVisible();

  // The office's next export: FAX and 石川 are read as last time, without asking again.
  await section.getByRole('button', { name: 'ほかのファイルを取り込む' }).click();
  await upload(
    page,
    '住基出力_7月.csv',
    ledger([['R7.7.1', '佐藤 四郎', 'S40.1.4', 'FAX', '高齢', 'ゴミ屋敷', '石川']]),
  );
  await expect(row('「FAX」')).toContainText('前回の読み替え');
  await expect(row('「石川」')).toContainText('前回の読み替え');
  await expect(section.getByTestId('import-count-ready')).toContainText('1');
  await expect(section.getByTestId('import-count-invalid')).toContainText('0');
});
