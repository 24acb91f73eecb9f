import { describe, expect, it } from 'vitest';
import { AppError } from '../../../contract/errors';
import { loadExcelJs } from '../workbook/loadExcelJs';
import { cleanLines, firstLedgerRow, ledgerWorkbook } from './ledgerFixtures.testing';
import { readLedger } from './readLedger.testing';
import { openImportSource } from './source/openImportSource';
import { excelDate, workbookBytes } from './workbookBytes.testing';

const parse = (bytes: Uint8Array) => readLedger(bytes);

describe('reading a messy 相談受付簿', () => {
  it('finds the headings below the title, and reads every line into a draft', async () => {
    const { sheet, problems } = await parse(await ledgerWorkbook(cleanLines));
    expect(sheet.sheetName).toBe('相談受付簿');
    expect(sheet.header.rowNumber).toBe(4);
    expect(sheet.header.columns.map((c) => `${c.letter}:${c.label}`)).toEqual([
      'B:受付日',
      'C:氏名',
      'D:ふりがな',
      'E:生年月日',
      'F:性別',
      'G:住所',
      'H:電話番号',
      'I:相談経路',
      'J:相談分野',
      'K:課題',
      'L:主訴',
      'N:担当者',
      'O:本人同意',
      'P:終結日',
    ]);
    expect(sheet.header.ignored.map((c) => `${c.letter}:${c.header}`)).toEqual(['A:No.', 'Q:備考']);
    // The 合計 row is passed over in silence.
    expect(sheet.valid.map((r) => r.rowNumber)).toEqual([5, 6, 7, 8]);
    expect(problems).toEqual([]);
    expect(sheet.valid[0]?.draft).toEqual({
      receivedOn: '2025-04-01',
      name: '山田　太郎',
      nameKana: 'ヤマダ タロウ',
      birthDate: '1970-03-02',
      sex: 'male',
      postalCode: '000-0123',
      address: 'みどり町1-2-3',
      phone: '0123-45-6789',
      route: 'counter',
      fields: ['elderly', 'poverty'],
      tags: ['8050問題', '生活困窮'],
      chiefComplaint: '母の介護と自身の就労について',
      staffId: 7,
      consent: 'given',
      closedOn: null,
    });
    expect(sheet.valid.map((r) => r.draft.receivedOn)).toEqual([
      '2025-04-01',
      '2025-04-03',
      '2025-04-10',
      '2025-04-19',
    ]);
    expect(sheet.valid[1]?.draft).toMatchObject({
      birthDate: '1975-01-15',
      phone: '0123456789',
      route: 'phone',
      fields: ['child', 'elderly'],
      consent: 'refused',
    });
    expect(sheet.valid[2]?.draft).toMatchObject({ closedOn: '2025-06-30', tags: ['DV・虐待'] });
    // The preview shows dates as ISO, other cells as written.
    expect(sheet.sample[0]?.display.slice(0, 4)).toEqual([
      '2025-04-01',
      '山田　太郎',
      'ﾔﾏﾀﾞ ﾀﾛｳ',
      '1970-03-02',
    ]);
  });

  it('reports every problem of every row with its Excel row, column and a Japanese reason', async () => {
    const { sheet, problems } = await parse(
      await ledgerWorkbook([
        { receivedOn: '2025/2/30', name: '誤り 一', sex: 'おとこ' },
        { receivedOn: 'R1.4.30', name: null, route: '手紙' },
        { receivedOn: '2025/4/1', name: '誤り 三', birth: '2030/1/1', fields: '医療' },
        { receivedOn: '2025/4/2', name: '誤り 四', kana: '誤', closedOn: '2025/3/1' },
        { receivedOn: null, name: '誤り 五', consent: 'たぶん' },
        { receivedOn: '2026/6/1', name: '誤り 六' },
      ]),
    );
    const rows = (n: number) => firstLedgerRow + n;
    expect(sheet.valid).toEqual([]);
    expect(sheet.invalid).toBe(6);
    expect(problems.map((p) => `${p.row} ${p.letter}「${p.header}」${p.message}`)).toEqual([
      `${rows(0)} B「受 付 日」受付日: 存在しない日付です（2025/2/30）`,
      `${rows(0)} F「性別」性別は 男・女・その他 のどれかにしてください（おとこ）`,
      `${rows(1)} B「受 付 日」受付日: 令和は2019年5月1日からです（R1.4.30）`,
      `${rows(1)} C「氏\u3000名」氏名がありません`,
      `${rows(1)} I「相談経路」相談経路は 窓口・電話・訪問・アウトリーチ・関係機関からのつなぎ・メール・その他 のどれかにしてください（手紙）`,
      `${rows(2)} E「生年月日」生年月日に未来の日付は入れられません（2030/01/01）`,
      `${rows(2)} J「相談分野」相談分野に使えない値があります: 医療（高齢・障害・子ども・生活困窮・その他 から書いてください）`,
      `${rows(3)} P「終結日」終結日が受付日より前です`,
      `${rows(3)} D「フリガナ」ふりがなは ひらがな か カタカナで書いてください（誤）`,
      `${rows(4)} B「受 付 日」受付日がありません`,
      `${rows(4)} O「本人同意」本人同意は あり・なし・未確認（○・×）のどれかにしてください（たぶん）`,
      `${rows(5)} B「受 付 日」受付日に未来の日付は入れられません（2026/06/01）`,
    ]);
  });

  it('repeats a 受付日 merged down several lines, and keeps a title merged across columns out', async () => {
    const bytes = await workbookBytes([
      {
        name: 'Sheet1',
        rows: [
          ['相談受付簿 令和7年度'],
          ['受付日', '氏名', '主訴'],
          [excelDate('2025-05-01'), '一 郎', '一件目'],
          [null, '二 郎', '二件目'],
          [null, null, null],
          ['計', 2],
        ],
        merges: ['A1:C1', 'A3:A4'],
      },
    ]);
    const { sheet } = await parse(bytes);
    expect(sheet.valid.map((r) => [r.rowNumber, r.draft.receivedOn, r.draft.name])).toEqual([
      [3, '2025-05-01', '一 郎'],
      [4, '2025-05-01', '二 郎'],
    ]);
  });

  it('reads rich text, hyperlinks, formula results and error cells as what they show', async () => {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.addRow(['受付日', '氏名', '電話', '主訴']);
    sheet.addRow([
      { formula: 'DATE(2025,4,1)', result: excelDate('2025-04-01') },
      { richText: [{ text: '山田 ', font: { bold: true } }, { text: '太郎' }] },
      { text: '0123-45-6789', hyperlink: 'tel:0123456789' },
      { error: '#N/A' },
    ]);
    const { sheet: read } = await parse(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(read.valid[0]?.draft).toMatchObject({
      receivedOn: '2025-04-01',
      name: '山田 太郎',
      phone: '0123-45-6789',
      chiefComplaint: '#N/A',
    });
  });

  it('skips hidden sheets and sheets without headings, and refuses a file without any', async () => {
    const bytes = await workbookBytes([
      { name: '表紙', rows: [['相談受付簿'], ['みどり町']] },
      {
        name: '隠し',
        rows: [
          ['受付日', '氏名'],
          ['2025/4/1', '隠れ 太郎'],
        ],
        hidden: true,
      },
      {
        name: '台帳',
        rows: [
          ['相談日', '名前'],
          ['2025/4/2', '見え 太郎'],
        ],
      },
    ]);
    const { sheet } = await parse(bytes);
    expect(sheet.sheetName).toBe('台帳');
    expect(sheet.valid.map((r) => r.draft.name)).toEqual(['見え 太郎']);

    const none = await workbookBytes([{ name: '表紙', rows: [['相談受付簿']] }]);
    await expect(parse(none)).rejects.toThrow(/見出しの行が見つかりません/);
  });

  it('refuses a heading row without a required column, naming the headings it would take', async () => {
    const bytes = await workbookBytes([{ name: 'S', rows: [['氏名', '性別', '住所']] }]);
    const error = await parse(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(
      'シート「S」の1行目の見出しに、必須の列がありません: 「受付日」（見出しは 受付日・相談日・受付年月日・相談年月日 のどれか）',
    );
  });
});

describe('opening refuses what is neither an .xlsx nor a CSV / TSV', () => {
  it.each([
    [
      'an empty file',
      'a.xlsx',
      new Uint8Array(),
      /\.xlsx）として読み込めませんでした。ファイルが空です/,
    ],
    [
      'an old .xls or an encrypted workbook',
      'a.xlsx',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      /\.xlsx）として読み込めませんでした。古い形式（\.xls）か、パスワードで保護されたブック/,
    ],
    [
      'a broken zip',
      'a.xlsx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      /\.xlsx）として読み込めませんでした。ファイルが壊れている/,
    ],
    ['a PDF', 'a.pdf', new TextEncoder().encode('%PDF-1.7'), /CSV（\.csv）、タブ区切り/],
    ['a CSV named .xlsx', 'a.xlsx', new TextEncoder().encode('受付日,氏名'), /壊れている/],
  ])('%s', async (_name, fileName, bytes, message) => {
    const error = await openImportSource({ fileName, bytes }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION');
    expect((error as AppError).message).toMatch(message);
  });
});
