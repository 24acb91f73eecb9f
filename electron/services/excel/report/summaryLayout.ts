import type { ReportCode } from './reportCodes';

/**
 * One line of the 集計 sheet: a section heading (a 事業), a heading inside it, a counted code,
 * or a total. A total is an Excel SUM over the rows of its terms (codes, or other totals by id),
 * so the sheet adds up in the spreadsheet itself.
 */
export type SummaryLine =
  | { kind: 'section'; label: string }
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

/** The 集計 sheet from top to bottom, in the order of the 事業 of 社会福祉法 §106-4. */
export const summaryLayout: SummaryLine[] = [
  { kind: 'section', label: '包括的相談支援事業' },
  { kind: 'heading', label: '新規相談件数（相談経路別）' },
  ...routeItems,
  {
    kind: 'total',
    id: 'newTotal',
    label: '新規相談件数 計',
    terms: codesOf(routeItems),
    note: '受付日が期間内のケース',
  },
  { kind: 'heading', label: '新規相談件数（相談分野別）' },
  ...fieldItems,
  {
    kind: 'total',
    label: '延べ件数',
    terms: codesOf(fieldItems),
    note: '複数の分野に該当するケースは各分野に数えます',
  },
  {
    kind: 'item',
    label: 'うち複数分野にまたがるもの',
    code: 'consultations.new.multi_field',
    indent: 1,
  },
  { kind: 'heading', label: '継続・終結' },
  {
    kind: 'item',
    label: '継続相談件数',
    code: 'consultations.continuing',
    note: '期間の初日より前に受け付け、その日に終結していないケース',
    indent: 1,
  },
  {
    kind: 'total',
    label: '相談件数 計（新規＋継続）',
    terms: ['newTotal', 'consultations.continuing'],
  },
  { kind: 'item', label: '終結件数', code: 'consultations.closed', indent: 1 },
  {
    kind: 'item',
    label: '支援回数',
    code: 'contacts.total',
    note: '経過記録の件数',
    indent: 1,
  },
  { kind: 'section', label: '多機関協働事業' },
  {
    kind: 'item',
    label: '多機関協働の新規対象ケース数',
    code: 'coordination.new',
    note: '多機関協働の開始日が期間内のケース',
  },
  {
    kind: 'item',
    label: '支援プラン作成件数（初回）',
    code: 'plans.new',
    note: '確定日で数えます',
  },
  { kind: 'item', label: '支援プラン見直し件数（第2版以降）', code: 'plans.revised' },
  { kind: 'total', label: '支援プラン 計', terms: ['plans.new', 'plans.revised'] },
  { kind: 'section', label: '支援会議・重層的支援会議' },
  {
    kind: 'item',
    label: '支援会議 開催回数',
    code: 'meetings.shien.held',
    note: '開催済として記録された会議',
  },
  {
    kind: 'item',
    label: '支援会議 検討ケース数',
    code: 'meetings.shien.cases',
    note: '同じケースは1件と数えます',
  },
  { kind: 'item', label: '重層的支援会議 開催回数', code: 'meetings.jusou.held' },
  { kind: 'item', label: '重層的支援会議 検討ケース数', code: 'meetings.jusou.cases' },
  {
    kind: 'total',
    label: '会議 開催回数 計',
    terms: ['meetings.shien.held', 'meetings.jusou.held'],
  },
  { kind: 'section', label: 'アウトリーチ等を通じた継続的支援事業' },
  { kind: 'item', label: '支援対象者数（実人数）', code: 'outreach.people' },
  { kind: 'item', label: '接触回数（延べ）', code: 'outreach.contacts' },
  { kind: 'section', label: '参加支援事業' },
  {
    kind: 'item',
    label: '新規マッチング件数',
    code: 'participation.matches.new',
    note: '参加中になった日が期間内のもの',
  },
  {
    kind: 'item',
    label: '参加中・定着の件数',
    code: 'participation.active',
    note: '期間の末日の時点',
  },
  {
    kind: 'item',
    label: '受入先の団体数',
    code: 'participation.hosts',
    note: '期間の末日に参加中・定着の人がいる団体',
  },
  { kind: 'section', label: '地域づくり事業' },
  { kind: 'item', label: '活動回数', code: 'community.activities' },
  { kind: 'item', label: '参加者数（延べ）', code: 'community.participants' },
];
