import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanLines,
  firstLedgerRow,
  ledgerWorkbook,
} from '../../../electron/services/excel/import/ledgerFixtures.testing';
import { loadExcelJs } from '../../../electron/services/excel/workbook/loadExcelJs';
import { workbookBytes } from '../../../electron/services/excel/import/workbookBytes.testing';
import {
  adminEnv,
  auditActions,
  initializedDataDir,
  openAsAdmin,
  runCliForTest,
} from '../cli.testing';

const cleanups: Array<() => void> = [];
let dir: string;
let folder: string;
let ledger: string;

const importCli = (args: string[]) =>
  runCliForTest(['import', '--data', dir, ...args], { env: adminEnv });

function caseCount(): number {
  const opened = openAsAdmin(dir);
  try {
    return opened.sqlite.prepare('SELECT count(*) FROM support_case').pluck().get() as number;
  } finally {
    opened.close();
  }
}

beforeAll(async () => {
  dir = await initializedDataDir(cleanups);
  folder = path.dirname(dir);
  ledger = path.join(folder, '相談受付簿.xlsx');
  fs.writeFileSync(
    ledger,
    await ledgerWorkbook([...cleanLines, { receivedOn: '2025/2/30', name: '誤り 花子' }]),
  );
});
afterAll(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
});

describe('import (CLI)', () => {
  it('with an invalid row imports nothing, lists the error and exits 1', async () => {
    const run = await importCli(['consultations', ledger]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('読み込んだ行: 5行');
    expect(run.stdout).toContain('エラーのある行: 1件');
    expect(run.stdout).toContain(
      `${firstLedgerRow + 4}行目 B列（受 付 日）: 受付日: 存在しない日付です（2025/2/30）`,
    );
    expect(run.stdout).toContain('何も取り込みませんでした');
    expect(run.stdout).toContain('取り込まない列: A No.、Q 備考');
    expect(caseCount()).toBe(0);
  });

  it('--dry-run says what it would do and writes nothing', async () => {
    const run = await importCli(['consultations', ledger, '--dry-run', '--skip-invalid']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '取り込める行: 4件（新しい人物 3人、登録済みの人物に結び付け 1件）',
    );
    expect(run.stdout).toContain('確認だけです（--dry-run）');
    expect(caseCount()).toBe(0);
  });

  it('--skip-invalid imports the valid rows and --errors saves the refused one with its reason', async () => {
    const errors = path.join(folder, 'errors.xlsx');
    const run = await importCli(['consultations', ledger, '--skip-invalid', '--errors', errors]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('4件を取り込みました。');
    expect(run.stdout).toContain(`取り込めない行を保存しました: ${errors}`);
    expect(caseCount()).toBe(4);

    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(fs.readFileSync(errors)).buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(18).value).toBe('理由');
    expect(sheet.getRow(2).getCell(3).value).toBe('誤り 花子');
    expect(sheet.getRow(2).getCell(18).value).toBe(
      'B列（受 付 日）: 受付日: 存在しない日付です（2025/2/30）',
    );
    expect(sheet.getRow(2).getCell(19).value).toBe(firstLedgerRow + 4);

    const again = await importCli(['consultations', ledger, '--skip-invalid']);
    expect(again.stdout).toContain('取り込み済みのため飛ばした行: 4件');
    expect(caseCount()).toBe(4);
    const imports = auditActions(dir).filter((row) => row.action.startsWith('import.'));
    expect(imports.map((row) => row.action)).toEqual([
      'import.run',
      'import.preview',
      'import.run',
      'import.run',
    ]);
  });

  it('imports agencies and resources too', async () => {
    const agencies = path.join(folder, '関係機関.xlsx');
    fs.writeFileSync(
      agencies,
      await workbookBytes([
        {
          name: 'S',
          rows: [
            ['機関名', '種別'],
            ['みどり町社会福祉協議会', '社協'],
          ],
        },
      ]),
    );
    expect((await importCli(['agencies', agencies])).stdout).toContain('1件を取り込みました。');
    const resources = path.join(folder, '社会資源.xlsx');
    fs.writeFileSync(
      resources,
      await workbookBytes([
        {
          name: 'S',
          rows: [
            ['名称', '種類', '定員'],
            ['ふれあいサロン', 'サロン', '20名'],
          ],
        },
      ]),
    );
    expect((await importCli(['resources', resources])).stdout).toContain('1件を取り込みました。');
  });

  it.each([
    [['consultations'], 2, '取り込むファイル（.xlsx、.csv、.tsv）'],
    [['cases', 'x.xlsx'], 2, '不明な一覧です: cases'],
    [['consultations', 'a.xlsx', 'b.xlsx'], 2, '余分な引数があります: b.xlsx'],
    [['consultations', '/no/such/file.xlsx'], 1, 'ファイルが見つかりません'],
  ])('refuses %j (exit %i)', async (args, code, message) => {
    const run = await importCli(args);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
  });

  it('refuses an old .xls (or a password-protected workbook), changing nothing', async () => {
    const xls = path.join(folder, 'ledger.xls');
    fs.writeFileSync(xls, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const before = caseCount();
    const run = await importCli(['consultations', xls, '--skip-invalid']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('古い形式（.xls）か、パスワードで保護されたブック');
    expect(caseCount()).toBe(before);
  });

  it('imports a Shift_JIS CSV, mapping its unknown words with --mapping, remembered for next time', async () => {
    const csv = path.join(folder, '住基出力.csv');
    const text = [
      '受付日,氏名,生年月日,相談経路,課題,担当者',
      'R7.6.1,取込 一郎,S50.1.1,FAX,介護・ゴミ屋敷,臨時職員',
      'R7.6.2,取込 二郎,S50.1.2,FAX,ゴミ屋敷,kanri',
    ].join('\r\n');
    fs.writeFileSync(csv, iconv.encode(text, 'cp932'));
    const before = caseCount();
    const refused = await importCli(['consultations', csv]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('CSV・Shift_JIS（CP932）（見出しは1行目）');
    expect(refused.stdout).toContain('相談経路「FAX」（2行）: 一覧にありません');
    expect(refused.stdout).toContain('課題「ゴミ屋敷」（2行）: 一覧にありません');
    expect(refused.stdout).toContain('担当者「臨時職員」（1行）: 一覧にありません');
    expect(refused.stdout).toContain('--mapping のファイルで');

    const badMap = path.join(folder, 'bad.json');
    fs.writeFileSync(
      badMap,
      JSON.stringify({ 相談経路: { FAX: 'ファクス' }, 担当者: { 臨時職員: 'nobody' } }),
    );
    const bad = await importCli(['consultations', csv, '--mapping', badMap]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('相談経路「FAX」→「ファクス」: 相談経路の一覧に見つかりません');
    expect(bad.stderr).toContain('担当者「臨時職員」→「nobody」: 担当者の職員に見つかりません');

    const map = path.join(folder, 'map.json');
    fs.writeFileSync(
      map,
      JSON.stringify({
        担当者: { 臨時職員: 'kanri' },
        相談経路: { FAX: 'その他' },
        課題: { ゴミ屋敷: 'セルフネグレクト' },
      }),
    );
    const run = await importCli(['consultations', csv, '--mapping', map]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('相談経路「FAX」（2行）: 「その他」に読み替えます');
    expect(run.stdout).toContain('2件を取り込みました。');
    expect(caseCount()).toBe(before + 2);

    // The same words in the office's next export are read as they were, without the file.
    const next = path.join(folder, '住基出力2.csv');
    fs.writeFileSync(
      next,
      iconv.encode('受付日,氏名,相談経路,課題\r\nR7.6.3,取込 三郎,FAX,ゴミ屋敷\r\n', 'cp932'),
    );
    const again = await importCli(['consultations', next, '--dry-run']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      '相談経路「FAX」（1行）: 前回の読み替えのとおり「その他」とします',
    );
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const big = path.join(folder, 'big.csv');
    fs.writeFileSync(big, Buffer.alloc(10 * 1024 * 1024 + 1, 0x41));
    const run = await importCli(['consultations', big]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ファイルが大きすぎます（10 MB まで）');
  });
});
