import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { japanMonthOf } from '../../../electron/contract/japaneseDate/japanTime';
import { reportMonthState } from '../../../electron/contract/reportMonthState';
import { countReport } from '../../../electron/services/excel/report/countReport';
import { reportItems } from '../../../electron/services/excel/report/reportCodes';
import { reportPeriods } from '../../../electron/services/excel/report/reportPeriod';
import {
  adminEnv,
  auditActions,
  expectUsageRefusal,
  initializedDataDir,
  openAsAdmin,
  runCliForTest,
} from '../cli.testing';

const cleanups: Array<() => void> = [];
let dir: string;
let out: string;
/** The month of the latest demo case, and how many cases the demo made (open ones apart). */
let month: string;
let cases: { all: number; open: number; restricted: number };

const exportCli = (args: string[]) =>
  runCliForTest(['export', '--data', dir, ...args], { env: adminEnv });

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

beforeAll(async () => {
  dir = await initializedDataDir(cleanups);
  out = path.dirname(dir);
  const demo = await runCliForTest(['demo', '--data', dir, '--households', '8'], { env: adminEnv });
  if (demo.code !== 0) throw new Error(demo.stderr);
  const opened = openAsAdmin(dir);
  try {
    const latest = opened.sqlite.prepare('SELECT max(received_on) FROM support_case').pluck().get();
    month = String(latest).slice(0, 7);
    cases = opened.sqlite
      .prepare(
        `SELECT count(*) AS "all", sum(stage <> 'closed') AS open, sum(restricted) AS restricted
           FROM support_case`,
      )
      .get() as typeof cases;
  } finally {
    opened.close();
  }
});
afterAll(() => {
  while (cleanups.length) cleanups.pop()?.();
});

describe('cli export report', () => {
  it('writes the month’s report whose データ sheet matches the counts code by code, audited', async () => {
    const file = path.join(out, '実績報告.xlsx');
    // The demo's latest month may be this one: then it is exported as 集計途中, warned on stderr.
    const partial = reportMonthState(month, new Date()) !== 'ended';
    const run = await exportCli([
      'report',
      '--month',
      month,
      '--out',
      file,
      ...(partial ? ['--allow-partial'] : []),
    ]);
    expect(run.stderr).toMatch(partial ? /^注意: .*「集計途中」と入ります。\n$/u : /^$/u);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^月次実績報告（令和\d+年\d+月分）を保存しました: /);

    const opened = openAsAdmin(dir);
    const periods = reportPeriods(month);
    const counted = {
      month: countReport(opened.db, periods.monthPeriod),
      fiscalYear: countReport(opened.db, periods.fiscalYearPeriod),
    };
    opened.close();
    expect(counted.month['consultations.new']).toBeGreaterThan(0);
    const data = (await readBook(file)).getWorksheet('データ')!;
    reportItems.forEach((item, i) => {
      const row = data.getRow(i + 2);
      expect(
        [1, 2, 3, 4].map((column) => row.getCell(column).value),
        item.code,
      ).toEqual([item.code, item.label, counted.month[item.code], counted.fiscalYear[item.code]]);
    });
    // Whose report: the 対象月 and the code table on every row.
    expect([data.getCell('G2').value, data.getCell('J2').value]).toEqual([month, 2]);
    const rows = auditActions(dir);
    expect(rows.slice(-3).map((r) => r.action)).toEqual([
      'auth.login',
      'export.report',
      'auth.logout',
    ]);
    expect(JSON.parse(rows.at(-2)!.detail)).toEqual({
      month,
      format: 'xlsx',
      rows: reportItems.length,
      delivery: 'file',
      ...(partial ? { partial: true } : {}),
    });
  });

  it('refuses this month (Japan time) and a later one without --allow-partial, before logging in', async () => {
    const now = japanMonthOf(new Date());
    const file = path.join(out, '今月.xlsx');
    await expectUsageRefusal(
      dir,
      () => exportCli(['report', '--month', now, '--out', file]),
      'はまだ終わっていません（今日は令和',
    );
    await expectUsageRefusal(
      dir,
      () => exportCli(['report', '--month', '2100-12', '--out', file]),
      '令和82年12月はまだ始まっていません',
    );
    const refused = await exportCli(['report', '--month', now, '--out', file]);
    expect(refused.stderr).toContain(
      '「集計途中」と入ります。それでも出力するには --allow-partial を付けてください。',
    );
    expect(fs.existsSync(file)).toBe(false);

    const run = await exportCli(['report', '--month', now, '--out', file, '--allow-partial']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^注意: 令和\d+年\d+月はまだ終わっていません/u);
    const book = await readBook(file);
    expect(book.getWorksheet('集計')!.getCell('A1').text).toMatch(/実績報告（集計途中：令和/u);
    expect(book.getWorksheet('データ')!.getCell('K2').value).toBe('集計途中（月の途中）');
    expect(JSON.parse(auditActions(dir).at(-2)!.detail)).toMatchObject({ partial: true });
  });
});

describe('cli export cases', () => {
  it('writes every open case by default, with names, audited without them', async () => {
    const file = path.join(out, 'cases.xlsx');
    const run = await exportCli(['cases', '--out', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`ケース一覧（${cases.open}件）を保存しました: ${file}\n`);
    const sheet = (await readBook(file)).getWorksheet('ケース一覧')!;
    // The title and the filters, then the header row and one row per case.
    expect(sheet.rowCount).toBe(2 + cases.open + 1);
    expect(sheet.getCell('A1').text).toMatch(/^ケース一覧\u3000.+\u3000令和\d+年\d+月\d+日現在$/);
    expect(sheet.getCell('A2').text).toBe(
      '抽出条件\u3000状態：対応中\u3000／\u3000並び順：受付日の新しい順',
    );
    expect(sheet.getCell('A3').value).toBe('ケース番号');
    expect(sheet.getCell('A4').text).toMatch(/^R\d+-\d{4}$/);
    const detail = JSON.parse(auditActions(dir).at(-2)!.detail) as Record<string, unknown>;
    expect(detail).toEqual({
      format: 'xlsx',
      filters: { status: 'open', sort: 'receivedDesc' },
      initials: false,
      rows: cases.open,
      delivery: 'file',
    });
  });

  it('writes all cases with initials only, and leaves no temporary file behind', async () => {
    const file = path.join(out, 'all.xlsx');
    const run = await exportCli(['cases', '--status', 'all', '--initials', '--out', file]);
    expect(run.code).toBe(0);
    const sheet = (await readBook(file)).getWorksheet('ケース一覧')!;
    expect(sheet.rowCount).toBe(2 + cases.all + 1);
    for (let r = 4; r <= sheet.rowCount; r += 1) {
      expect(sheet.getRow(r).getCell(3).text).toMatch(/^([A-Z]\.)+$|^＊$/);
      expect(sheet.getRow(r).getCell(4).text).toBe('');
    }
    expect(fs.readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a destination folder that does not exist, exit 1, before logging in', async () => {
    const before = auditActions(dir).length;
    const run = await exportCli(['cases', '--out', path.join(out, 'no/dir/x.xlsx')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Excel ファイルの保存先のフォルダがありません');
    expect(auditActions(dir)).toHaveLength(before);
  });

  it.each([
    { args: [], message: '出力するもの（report、cases または audit）を指定してください。' },
    { args: ['bogus', '--out', 'x.xlsx'], message: '不明な出力です: bogus' },
    { args: ['report', '--out', 'x.xlsx'], message: '対象の月を --month で指定してください' },
    { args: ['report', '--month', '2025-13', '--out', 'x.xlsx'], message: 'YYYY-MM の形' },
    { args: ['report', '--month', '2025-10'], message: '保存先の Excel ファイルを --out で' },
    { args: ['report', '--month', '2025-10', '--out', 'x.pdf'], message: '.xlsx のファイル名' },
    {
      args: ['report', '--month', '2025-10', '--out', 'x.xlsx', '--initials'],
      message: '--status と --initials はケース一覧（cases）にだけ指定できます。',
    },
    {
      args: ['cases', '--out', 'x.xlsx', '--month', '2025-10'],
      message: '--month と --allow-partial は月次実績報告（report）にだけ指定できます。',
    },
    {
      args: ['cases', '--out', 'x.xlsx', '--allow-partial'],
      message: '--month と --allow-partial は月次実績報告（report）にだけ指定できます。',
    },
    { args: ['cases', '--out', 'x.xlsx', '--status', 'done'], message: '--status には open' },
    { args: ['cases', 'extra', '--out', 'x.xlsx'], message: '余分な引数があります: extra' },
    {
      args: ['cases', '--out', 'x.xlsx', '--initials=yes'],
      message: '--initials には値を付けられません',
    },
  ])('refuses $args with exit 2 and a Japanese message', async ({ args, message }) => {
    await expectUsageRefusal(dir, () => exportCli(args), message);
  });

  it('is listed in the usage', async () => {
    const run = await runCliForTest(['help', 'export']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '使い方: npm run -s cli -- export [--data フォルダ] <report|cases|audit> --out ファイル.xlsx',
    );
    expect(run.stdout).toMatch(/^ {2}--initials +ケース一覧の氏名をイニシャルにします$/m);
    expect((await runCliForTest(['help'])).stdout).toMatch(/^ {2}export +Excel に出力します/m);
  });
});
