import type { ReportCode } from './reportCodes';

/**
 * One line of the 集計 sheet: a section heading (a 事業), a heading inside it, a counted code,
 * or a total. A total is an Excel SUM over the rows of its terms (codes, or other totals by id),
 * so the sheet adds up in the spreadsheet itself.
 */
export type SummaryLine =
  | { kind: 'section'; label: string; newPage?: true }
  | { kind: 'heading'; label: string }
  | { kind: 'item'; label: string; code: ReportCode; note?: string; indent?: number }
  | { kind: 'total'; id?: string; label: string; terms: string[]; note?: string };

const routeItems = (
  [
    ['窓口', '窓口'],
    ['電話', '電話'],
    ['訪問', '訪問'],
    ['アウトリーチ', 'アウトリーチ'],
    ['関係機関', '関係機関からのつなぎ'],
    ['メール', 'メール'],
    ['その他', 'その他'],
  ] as const
).map(([key, label]): SummaryLine => ({
  kind: 'item',
  label,
  code: `consultations.new.route.${key}`,
  indent: 2,
}));

const fieldItems = (['高齢', '障害', '子ども', '生活困窮', 'その他'] as const).map(
  (key): SummaryLine => ({
    kind: 'item',
    label: key,
    code: `consultations.new.field.${key}`,
    indent: 2,
  }),
);

const codesOf = (lines: SummaryLine[]) =>
  lines.flatMap((line) => (line.kind === 'item' ? [line.code] : []));

const meetingItems = (
  [
    ['shien', '支援会議'],
    ['jusou', '重層的支援会議'],
    ['case', 'ケース会議'],
    ['study', '事例検討'],
  ] as const
).flatMap(([kind, name]): SummaryLine[] => [
  { kind: 'item', label: `${name} 開催回数`, code: `meetings.${kind}.held` },
  { kind: 'item', label: `${name} 検討ケース数`, code: `meetings.${kind}.cases`, indent: 1 },
]);

const outreachResultItems = (
  [
    ['met', '会えた'],
    ['absent', '不在'],
    ['refused', '拒否'],
    ['viaAgency', '関係機関経由'],
  ] as const
).map(([result, label]): SummaryLine => ({
  kind: 'item',
  label,
  code: `outreach.contacts.${result}`,
  indent: 2,
}));

/**
 * The 集計 sheet from top to bottom, in the order of the 事業 of 社会福祉法 §106-4. An item's
 * 備考 is its code's definition (reportCodes) unless it says more; a total's says what it adds.
 */
export const summaryLayout: SummaryLine[] = [
  { kind: 'section', label: '包括的相談支援事業' },
  { kind: 'heading', label: '新規相談件数（相談経路別）' },
  ...routeItems,
  {
    kind: 'total',
    id: 'newTotal',
    label: '新規相談件数 計',
    terms: codesOf(routeItems),
    note: '受付日が期間内のケース（相談経路別の合計）',
  },
  { kind: 'item', label: '新規相談 実人数', code: 'consultations.new.persons', indent: 1 },
  { kind: 'heading', label: '新規相談件数（相談分野別）' },
  ...fieldItems,
  {
    kind: 'total',
    label: '延べ件数',
    terms: codesOf(fieldItems),
    note: '相談分野別の合計（複数の分野に該当するケースは各分野に数えます）',
  },
  {
    kind: 'item',
    label: 'うち複数分野にまたがるもの（複合）',
    code: 'consultations.new.multi_field',
    indent: 1,
  },
  { kind: 'heading', label: '継続・中断・終結' },
  {
    kind: 'item',
    label: '継続相談件数（延べ）',
    code: 'consultations.continuing.cases',
    indent: 1,
  },
  {
    kind: 'total',
    label: '相談件数 計（新規＋継続、延べ）',
    terms: ['newTotal', 'consultations.continuing.cases'],
    note: '新規相談件数と継続相談件数（延べ）の合計',
  },
  { kind: 'item', label: '継続相談 実人数', code: 'consultations.continuing.persons', indent: 1 },
  { kind: 'item', label: '相談 実人数（新規・継続）', code: 'consultations.persons', indent: 1 },
  { kind: 'item', label: '中断件数', code: 'consultations.suspended', indent: 1 },
  { kind: 'item', label: '終結件数', code: 'consultations.closed', indent: 1 },
  { kind: 'item', label: '支援回数（経過記録の件数）', code: 'contacts.total', indent: 1 },
  { kind: 'section', label: '多機関協働事業' },
  { kind: 'item', label: '多機関協働の新規対象ケース数', code: 'coordination.new' },
  { kind: 'item', label: '支援プラン作成件数（初回）', code: 'plans.new' },
  { kind: 'item', label: '支援プラン見直し件数（第2版以降）', code: 'plans.revised' },
  {
    kind: 'total',
    label: '支援プラン 計',
    terms: ['plans.new', 'plans.revised'],
    note: '初回と見直しの合計',
  },
  // Page 1 holds 相談 and 多機関協働; page 2 the meetings onwards (no heading left alone).
  { kind: 'section', label: '会議', newPage: true },
  ...meetingItems,
  {
    kind: 'total',
    label: '会議 開催回数 計',
    terms: [
      'meetings.shien.held',
      'meetings.jusou.held',
      'meetings.case.held',
      'meetings.study.held',
    ],
    note: '4種類の会議の開催回数の合計',
  },
  { kind: 'section', label: 'アウトリーチ等を通じた継続的支援事業' },
  { kind: 'item', label: '接触を試みた実人数', code: 'outreach.people' },
  { kind: 'item', label: 'うち会えた実人数', code: 'outreach.people.met', indent: 1 },
  { kind: 'heading', label: '接触回数（結果別）' },
  ...outreachResultItems,
  {
    kind: 'total',
    label: '接触回数 計（延べ、不在・拒否を含む）',
    terms: codesOf(outreachResultItems),
    note: '結果別の合計（会えた・不在・拒否・関係機関経由）',
  },
  { kind: 'section', label: '参加支援事業' },
  { kind: 'item', label: '新規マッチング件数', code: 'participation.matches.new' },
  { kind: 'item', label: '参加中・定着の件数（期末時点）', code: 'participation.active' },
  { kind: 'item', label: '受入先の団体数（期末時点）', code: 'participation.hosts' },
  { kind: 'section', label: '地域づくり事業' },
  { kind: 'item', label: '活動回数', code: 'community.activities' },
  { kind: 'item', label: '参加者数（延べ）', code: 'community.participants' },
];
