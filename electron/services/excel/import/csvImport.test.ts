import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../contract/errors';
import { useImportFixture } from './consultationImport.testing';
import { importConsultations } from './importConsultations';
import { ledgerStaffId, readLedger } from './readLedger.testing';

// Issue 20, 3: CSV and TSV as older 福祉 systems, 住基 exports and Excel's "save as" write them.
const lines = [
  ['令和7年度 相談受付簿（住基連携システムより出力）'],
  [
    '受付日',
    '氏名',
    'ふりがな',
    '生年月日',
    '電話番号',
    '相談経路',
    '相談分野',
    '課題',
    '主訴',
    '担当者',
  ],
  [
    'R7.4.1',
    '髙橋 ①子',
    'たかはし いちこ',
    'S45.3.2',
    '0123-45-6789',
    '来所',
    '高齢・困窮',
    '8050問題・仕事・就労',
    '母の介護と\n仕事について',
    '相談 一郎',
  ],
  [
    '2025/4/3',
    '﨑山 花子',
    'ｻｷﾔﾏ ﾊﾅｺ',
    '昭和50年1月15日',
    '0123456789',
    'TEL',
    '子育て',
    'ダブルケア',
    '育児と"介護"',
    '',
  ],
  [],
  ['合計', '2件'],
];

function delimited(separator: string): string {
  const quote = (cell: string) =>
    /[",\t\n]/u.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  return lines.map((cells) => cells.map(quote).join(separator)).join('\r\n') + '\r\n';
}

const bom = { utf8: [0xef, 0xbb, 0xbf], utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff] };
const encoded = (text: string, codec: string, mark: number[] = []) =>
  new Uint8Array([...mark, ...iconv.encode(text, codec)]);

const csv = delimited(',');
const tsv = delimited('\t');

describe('CSV and TSV in every encoding offices have', () => {
  it.each([
    ['Shift_JIS (CP932)', '台帳.csv', encoded(csv, 'cp932'), 'csv', 'Shift_JIS（CP932）'],
    ['UTF-8', '台帳.csv', encoded(csv, 'utf8'), 'csv', 'UTF-8'],
    ['UTF-8 with BOM', '台帳.csv', encoded(csv, 'utf8', bom.utf8), 'csv', 'UTF-8（BOM付き）'],
    ['UTF-16 LE with BOM', '台帳.csv', encoded(csv, 'utf16le', bom.utf16le), 'csv', 'UTF-16'],
    [
      'UTF-16 BE with BOM',
      '台帳.csv',
      encoded(csv, 'utf16be', bom.utf16be),
      'csv',
      'UTF-16（ビッグエンディアン）',
    ],
    ['UTF-16 LE without BOM', '台帳.csv', encoded(csv, 'utf16le'), 'csv', 'UTF-16'],
    ['TSV in Shift_JIS', '台帳.tsv', encoded(tsv, 'cp932'), 'tsv', 'Shift_JIS（CP932）'],
    [
      "Excel's Unicode text (.txt, tabs, UTF-16)",
      '台帳.txt',
      encoded(tsv, 'utf16le', bom.utf16le),
      'tsv',
      'UTF-16',
    ],
    ['tabs in a .csv', '台帳.csv', encoded(tsv, 'utf8'), 'tsv', 'UTF-8'],
  ])('%s', async (_name, fileName, bytes, format, encoding) => {
    const { sheet, problems, source } = await readLedger(bytes, { fileName });
    expect({ format: source.format, encoding: source.encoding }).toEqual({ format, encoding });
    expect(sheet.sheetName).toBe(fileName);
    expect(sheet.header.rowNumber).toBe(2);
    expect(sheet.header.columns.map((c) => `${c.letter}:${c.label}`)).toEqual([
      'A:受付日',
      'B:氏名',
      'C:ふりがな',
      'D:生年月日',
      'E:電話番号',
      'F:相談経路',
      'G:相談分野',
      'H:課題',
      'I:主訴',
      'J:担当者',
    ]);
    expect(problems).toEqual([]);
    expect(sheet.valid.map((row) => [row.rowNumber, row.draft])).toEqual([
      [
        3,
        expect.objectContaining({
          receivedOn: '2025-04-01',
          name: '髙橋 ①子',
          birthDate: '1970-03-02',
          phone: '0123-45-6789',
          route: 'counter',
          fields: ['elderly', 'poverty'],
          tags: ['8050問題', '仕事・就労'],
          chiefComplaint: '母の介護と\n仕事について',
          staffId: ledgerStaffId,
        }),
      ],
      [
        4,
        expect.objectContaining({
          receivedOn: '2025-04-03',
          name: '﨑山 花子',
          nameKana: 'サキヤマ ハナコ',
          phone: '0123456789',
          route: 'phone',
          chiefComplaint: '育児と"介護"',
          staffId: null,
        }),
      ],
    ]);
  });

  it('says where a quote is left open, and refuses a field longer than a cell can be', async () => {
    const open = await readLedger(encoded('受付日,氏名\n2025/4/1,"山田\n', 'utf8'), {
      fileName: 'a.csv',
    }).catch((e: unknown) => e);
    expect((open as AppError).message).toMatch(
      /CSV ファイルとして読み込めませんでした。2行目で始まる「"」が閉じられていません/,
    );
    const long = await readLedger(
      encoded(`受付日,氏名,主訴\n2025/4/1,山田,${'あ'.repeat(40_000)}\n`, 'utf8'),
      {
        fileName: 'a.csv',
      },
    ).catch((e: unknown) => e);
    expect(long).toBeInstanceOf(AppError);
    expect((long as AppError).message).toMatch(
      /2行目に Excel の上限（1つのセルに 32,767 文字）を超える文字/,
    );
  });
});

describe('importing a CSV', () => {
  const { fixture, cases } = useImportFixture();

  it('goes through the same preview and all-or-nothing import as a workbook', async () => {
    const { db, admin, clock } = fixture();
    const bad = csv.replace('2025/4/3', '2025/2/30');
    const file = { fileName: '住基出力.csv', bytes: encoded(bad, 'cp932') };
    const refused = await importConsultations(db, admin, clock, file, {
      mode: 'import',
      skipInvalid: false,
    });
    expect(refused.report).toMatchObject({
      format: 'csv',
      encoding: 'Shift_JIS（CP932）',
      written: false,
      counts: { rows: 2, ready: 1, invalid: 1, imported: 0 },
    });
    expect(refused.report.problems[0]).toMatchObject({
      row: 4,
      letter: 'A',
      header: '受付日',
      message: '受付日: 存在しない日付です（2025/2/30）',
    });
    expect(cases()).toEqual([]);
    const good = { fileName: '住基出力.csv', bytes: encoded(csv, 'cp932') };
    const imported = await importConsultations(db, admin, clock, good, {
      mode: 'import',
      skipInvalid: false,
    });
    expect(imported.report.counts).toMatchObject({ rows: 2, imported: 2 });
    expect(cases().map((c) => [c.receivedOn, c.route, c.chiefComplaint])).toEqual([
      ['2025-04-01', 'counter', '母の介護と\n仕事について'],
      ['2025-04-03', 'phone', '育児と"介護"'],
    ]);
  });
});
