import type { Field, Route } from '../../../contract/caseCodes';

/**
 * The version of the code table below, written on the データ sheet. Raise it whenever a code is
 * added or removed or what a code counts changes, so a receiving spreadsheet can tell.
 * 1: issue 7. 2: 継続 one definition (延べ per month, 実人数), 実人数 of 新規 and in all, 中断,
 * アウトリーチ by result, ケース会議 and 事例検討; consultations.continuing removed.
 */
export const reportCodeTableVersion = 2;

const newDefinition = '受付日が期間内のケース';
const routeDefinition = `${newDefinition}のうち、この相談経路のもの`;
const fieldDefinition = `${newDefinition}のうち、この分野を含むもの（複数分野のケースは各分野に数えます）`;
const heldDefinition = '開催日が期間内で、開催済として記録された会議の数';
const casesDefinition = '期間内に開催済の会議で検討したケースの数（同じケースは1件）';
const contactDefinition = '接触日が期間内の接触記録のうち、結果がこれのもの';

/**
 * The codes of the monthly 実績 report, in the order of its データ sheet, each with the label a
 * person reads and its one definition (備考), the same for 当月 and 年度累計: so no 当月 can
 * exceed its 年度累計. Codes are what other offices' spreadsheets key on: never rename one, and
 * raise `reportCodeTableVersion` when the table changes.
 */
export const reportItems = [
  { code: 'consultations.new', label: '新規相談件数', definition: newDefinition },
  {
    code: 'consultations.new.persons',
    label: '新規相談 実人数',
    definition: `${newDefinition}の本人の数（同じ人の複数のケースは1人）`,
  },
  {
    code: 'consultations.new.route.窓口',
    label: '新規相談件数（相談経路: 窓口）',
    definition: routeDefinition,
  },
  {
    code: 'consultations.new.route.電話',
    label: '新規相談件数（相談経路: 電話）',
    definition: routeDefinition,
  },
  {
    code: 'consultations.new.route.訪問',
    label: '新規相談件数（相談経路: 訪問）',
    definition: routeDefinition,
  },
  {
    code: 'consultations.new.route.アウトリーチ',
    label: '新規相談件数（相談経路: アウトリーチ）',
    definition: routeDefinition,
  },
  {
    code: 'consultations.new.route.関係機関',
    label: '新規相談件数（相談経路: 関係機関からのつなぎ）',
    definition: routeDefinition,
  },
  {
    code: 'consultations.new.route.メール',
    label: '新規相談件数（相談経路: メール）',
    definition: routeDefinition,
  },
  {
    code: 'consultations.new.route.その他',
    label: '新規相談件数（相談経路: その他）',
    definition: routeDefinition,
  },
  {
    code: 'consultations.new.field.高齢',
    label: '新規相談件数（相談分野: 高齢）',
    definition: fieldDefinition,
  },
  {
    code: 'consultations.new.field.障害',
    label: '新規相談件数（相談分野: 障害）',
    definition: fieldDefinition,
  },
  {
    code: 'consultations.new.field.子ども',
    label: '新規相談件数（相談分野: 子ども）',
    definition: fieldDefinition,
  },
  {
    code: 'consultations.new.field.生活困窮',
    label: '新規相談件数（相談分野: 生活困窮）',
    definition: fieldDefinition,
  },
  {
    code: 'consultations.new.field.その他',
    label: '新規相談件数（相談分野: その他）',
    definition: fieldDefinition,
  },
  {
    code: 'consultations.new.multi_field',
    label: '新規相談のうち複数分野にまたがるもの（複合）',
    definition: `${newDefinition}のうち、相談分野が2つ以上のもの`,
  },
  {
    code: 'consultations.continuing.cases',
    label: '継続相談件数（延べ）',
    definition:
      '各月の初日より前に受け付け、その初日に終結も中断もしていないケースを月ごとに数えた合計（年度累計は4月からの各月の合計）',
  },
  {
    code: 'consultations.continuing.persons',
    label: '継続相談 実人数',
    definition: '期間内のいずれかの月に継続相談（上の定義）だったケースの本人の数（同じ人は1人）',
  },
  {
    code: 'consultations.persons',
    label: '相談 実人数（新規・継続）',
    definition: '期間内に新規相談または継続相談だったケースの本人の数（同じ人は1人）',
  },
  { code: 'consultations.closed', label: '終結件数', definition: '終結日が期間内のケース' },
  {
    code: 'consultations.suspended',
    label: '中断件数',
    definition: '中断日が期間内のケース（その後終結したものを含み、再開したものを除きます）',
  },
  {
    code: 'contacts.total',
    label: '支援回数（経過記録の件数）',
    definition: '日時が期間内の経過記録の数',
  },
  {
    code: 'coordination.new',
    label: '多機関協働事業の新規対象ケース数',
    definition: '多機関協働の開始日が期間内のケース',
  },
  {
    code: 'plans.new',
    label: '支援プラン作成件数（初回）',
    definition: '第1版が確定した日（日本時間）が期間内のもの',
  },
  {
    code: 'plans.revised',
    label: '支援プラン見直し件数（第2版以降）',
    definition: '第2版以降が確定した日（日本時間）が期間内のもの',
  },
  { code: 'meetings.shien.held', label: '支援会議 開催回数', definition: heldDefinition },
  { code: 'meetings.shien.cases', label: '支援会議 検討ケース数', definition: casesDefinition },
  { code: 'meetings.jusou.held', label: '重層的支援会議 開催回数', definition: heldDefinition },
  {
    code: 'meetings.jusou.cases',
    label: '重層的支援会議 検討ケース数',
    definition: casesDefinition,
  },
  { code: 'meetings.case.held', label: 'ケース会議 開催回数', definition: heldDefinition },
  { code: 'meetings.case.cases', label: 'ケース会議 検討ケース数', definition: casesDefinition },
  { code: 'meetings.study.held', label: '事例検討 開催回数', definition: heldDefinition },
  { code: 'meetings.study.cases', label: '事例検討 検討ケース数', definition: casesDefinition },
  {
    code: 'outreach.people',
    label: 'アウトリーチ 接触を試みた実人数',
    definition: '接触日が期間内の接触記録がある対象者の数（不在・拒否だけの人を含みます）',
  },
  {
    code: 'outreach.people.met',
    label: 'アウトリーチ 会えた実人数',
    definition: '接触日が期間内で結果が「会えた」の接触記録がある対象者の数',
  },
  {
    code: 'outreach.contacts',
    label: 'アウトリーチ 接触回数（延べ、不在・拒否を含む）',
    definition: '接触日が期間内の接触記録の数（会えた・不在・拒否・関係機関経由のすべて）',
  },
  {
    code: 'outreach.contacts.met',
    label: 'アウトリーチ 接触回数のうち会えた',
    definition: contactDefinition,
  },
  {
    code: 'outreach.contacts.absent',
    label: 'アウトリーチ 接触回数のうち不在',
    definition: contactDefinition,
  },
  {
    code: 'outreach.contacts.refused',
    label: 'アウトリーチ 接触回数のうち拒否',
    definition: contactDefinition,
  },
  {
    code: 'outreach.contacts.viaAgency',
    label: 'アウトリーチ 接触回数のうち関係機関経由',
    definition: contactDefinition,
  },
  {
    code: 'participation.matches.new',
    label: '参加支援 新規マッチング件数',
    definition: '参加中になった日が期間内のもの',
  },
  {
    code: 'participation.active',
    label: '参加支援 参加中・定着の件数（期末時点）',
    definition: '期間の末日に参加中または定着のもの（当月と年度累計は同じ日の値）',
  },
  {
    code: 'participation.hosts',
    label: '参加支援 受入先の団体数（期末時点）',
    definition: '期間の末日に参加中・定着の人がいる受入先の数',
  },
  {
    code: 'community.activities',
    label: '地域づくり 活動回数',
    definition: '開催日が期間内の活動の数',
  },
  {
    code: 'community.participants',
    label: '地域づくり 参加者数（延べ）',
    definition: '開催日が期間内の活動の参加者数の合計',
  },
] as const satisfies ReadonlyArray<{ code: string; label: string; definition: string }>;

export type ReportCode = (typeof reportItems)[number]['code'];

/** Counts for every code of the report: one period's column. */
export type ReportCounts = Record<ReportCode, number>;

/** The name a route has in the report's codes (関係機関 = 関係機関からのつなぎ). */
export const routeCodeNames = {
  counter: '窓口',
  phone: '電話',
  visit: '訪問',
  outreach: 'アウトリーチ',
  referral: '関係機関',
  email: 'メール',
  other: 'その他',
} as const satisfies Record<Route, string>;

/** The name a 相談分野 has in the report's codes. */
export const fieldCodeNames = {
  elderly: '高齢',
  disability: '障害',
  child: '子ども',
  poverty: '生活困窮',
  other: 'その他',
} as const satisfies Record<Field, string>;

/** The definition of a code, as its 備考 states it. */
export function definitionOf(code: ReportCode): string {
  const item = reportItems.find((candidate) => candidate.code === code);
  if (!item) throw new Error(`no report code ${code}`);
  return item.definition;
}

/** Every code at zero: the start of a count, so a code nobody matched is still there. */
export function zeroCounts(): ReportCounts {
  return Object.fromEntries(reportItems.map((item) => [item.code, 0])) as ReportCounts;
}
