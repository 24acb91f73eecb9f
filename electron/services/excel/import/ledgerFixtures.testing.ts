import { excelDate, workbookBytes, type FixtureCell } from './workbookBytes.testing';

/**
 * An old 相談受付簿 as offices keep them: a merged title, a note and a blank line above the
 * headings, headings with spaces of both widths, one heading merged over two columns, a column
 * Kasane does not know (備考), and a 合計 row at the bottom. Columns A–Q.
 */
export const ledgerHeadings: FixtureCell[] = [
  'No.',
  '受 付 日',
  '氏　名',
  'フリガナ',
  '生年月日',
  '性別',
  '住所',
  'ＴＥＬ',
  '相談経路',
  '相談分野',
  '課題',
  '相談内容',
  null,
  '担当者',
  '本人同意',
  '終結日',
  '備考',
];

/** One consultation as a ledger line; every value may be replaced. */
export type LedgerLine = {
  receivedOn: FixtureCell;
  name: FixtureCell;
  kana?: FixtureCell;
  birth?: FixtureCell;
  sex?: FixtureCell;
  address?: FixtureCell;
  phone?: FixtureCell;
  route?: FixtureCell;
  fields?: FixtureCell;
  tags?: FixtureCell;
  complaint?: FixtureCell;
  staff?: FixtureCell;
  consent?: FixtureCell;
  closedOn?: FixtureCell;
  note?: FixtureCell;
};

export function ledgerCells(no: number, line: LedgerLine): FixtureCell[] {
  return [
    no,
    line.receivedOn,
    line.name,
    line.kana ?? null,
    line.birth ?? null,
    line.sex ?? null,
    line.address ?? null,
    line.phone ?? null,
    line.route ?? null,
    line.fields ?? null,
    line.tags ?? null,
    line.complaint ?? null,
    null,
    line.staff ?? null,
    line.consent ?? null,
    line.closedOn ?? null,
    line.note ?? null,
  ];
}

/** The first data row's Excel row number in `ledgerWorkbook` (title, note, blank, headings above). */
export const firstLedgerRow = 5;

/** The ledger workbook: its lines from row 5, a blank line after the third, then 合計. */
export async function ledgerWorkbook(lines: readonly LedgerLine[]): Promise<Uint8Array> {
  const body: Array<FixtureCell[] | null> = lines.map((line, i) => ledgerCells(i + 1, line));
  return workbookBytes([
    {
      name: '相談受付簿',
      rows: [
        ['令和7年度 相談受付簿（みどり町 地域共生推進課）'],
        ['※個人情報につき取扱注意。記入例は別シート参照。'],
        null,
        ledgerHeadings,
        ...body,
        ['合計', `${lines.length}件`],
      ],
      merges: ['A1:Q1', 'L4:M4'],
    },
    { name: '記入例', rows: [['記入例'], ['受付日', '氏名'], ['2025/4/1', '見本 太郎']] },
  ]);
}

/** Ordinary lines, every field filled, for imports that should go through. */
export const cleanLines: LedgerLine[] = [
  {
    receivedOn: excelDate('2025-04-01'),
    name: '山田　太郎',
    kana: 'ﾔﾏﾀﾞ ﾀﾛｳ',
    birth: 'S45.3.2',
    sex: '男',
    address: '〒000-0123 みどり町1-2-3',
    phone: '0123-45-6789',
    route: '来所',
    fields: '高齢・困窮',
    tags: '8050問題、生活困窮',
    complaint: '母の介護と自身の就労について',
    staff: '相談 一郎',
    consent: '○',
    note: '初回',
  },
  {
    receivedOn: '令和7年4月3日',
    name: '佐藤 花子',
    kana: 'さとう はなこ',
    birth: '昭和５０年１月１５日',
    sex: '女性',
    address: 'みどり町4-5-6',
    phone: 123456789,
    route: 'TEL',
    fields: '子育て、介護',
    tags: 'ダブルケア',
    complaint: '育児と親の介護が重なっている',
    staff: '相談　一郎',
    consent: 'なし',
  },
  {
    receivedOn: 'R7.4.10',
    name: '鈴木 一',
    kana: 'スズキ ハジメ',
    birth: 'H2.2.2',
    route: '関係機関',
    fields: '障害',
    tags: 'DV・虐待',
    complaint: '相談支援事業所からのつなぎ',
    closedOn: '2025/6/30',
  },
  {
    receivedOn: 45766,
    name: '山田 太郎',
    kana: 'やまだ たろう',
    birth: '1970-03-02',
    route: '訪問',
    fields: '高齢',
    complaint: '母の退院後の生活について',
    consent: '未確認',
  },
];
