import type { Field, Route } from '../../../contract/caseCodes';

/**
 * The codes of the monthly 実績 report (issue 7), in the order of its データ sheet, each with the
 * label a person reads. The codes are what other offices' spreadsheets key on: never rename one.
 */
export const reportItems = [
  { code: 'consultations.new', label: '新規相談件数' },
  { code: 'consultations.new.route.窓口', label: '新規相談件数（相談経路: 窓口）' },
  { code: 'consultations.new.route.電話', label: '新規相談件数（相談経路: 電話）' },
  { code: 'consultations.new.route.訪問', label: '新規相談件数（相談経路: 訪問）' },
  { code: 'consultations.new.route.アウトリーチ', label: '新規相談件数（相談経路: アウトリーチ）' },
  {
    code: 'consultations.new.route.関係機関',
    label: '新規相談件数（相談経路: 関係機関からのつなぎ）',
  },
  { code: 'consultations.new.route.メール', label: '新規相談件数（相談経路: メール）' },
  { code: 'consultations.new.route.その他', label: '新規相談件数（相談経路: その他）' },
  { code: 'consultations.new.field.高齢', label: '新規相談件数（相談分野: 高齢）' },
  { code: 'consultations.new.field.障害', label: '新規相談件数（相談分野: 障害）' },
  { code: 'consultations.new.field.子ども', label: '新規相談件数（相談分野: 子ども）' },
  { code: 'consultations.new.field.生活困窮', label: '新規相談件数（相談分野: 生活困窮）' },
  { code: 'consultations.new.field.その他', label: '新規相談件数（相談分野: その他）' },
  { code: 'consultations.new.multi_field', label: '新規相談のうち複数分野にまたがるもの' },
  { code: 'consultations.continuing', label: '継続相談件数' },
  { code: 'consultations.closed', label: '終結件数' },
  { code: 'contacts.total', label: '支援回数（経過記録の件数）' },
  { code: 'coordination.new', label: '多機関協働事業の新規対象ケース数' },
  { code: 'plans.new', label: '支援プラン作成件数（初回）' },
  { code: 'plans.revised', label: '支援プラン見直し件数（第2版以降）' },
  { code: 'meetings.shien.held', label: '支援会議 開催回数' },
  { code: 'meetings.shien.cases', label: '支援会議 検討ケース数' },
  { code: 'meetings.jusou.held', label: '重層的支援会議 開催回数' },
  { code: 'meetings.jusou.cases', label: '重層的支援会議 検討ケース数' },
  { code: 'outreach.people', label: 'アウトリーチ 支援対象者数（実人数）' },
  { code: 'outreach.contacts', label: 'アウトリーチ 接触回数（延べ）' },
  { code: 'participation.matches.new', label: '参加支援 新規マッチング件数' },
  { code: 'participation.active', label: '参加支援 参加中・定着の件数（期末時点）' },
  { code: 'participation.hosts', label: '参加支援 受入先の団体数（期末時点）' },
  { code: 'community.activities', label: '地域づくり 活動回数' },
  { code: 'community.participants', label: '地域づくり 参加者数（延べ）' },
] as const satisfies ReadonlyArray<{ code: string; label: string }>;

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

/** Every code at zero: the start of a count, so a code nobody matched is still there. */
export function zeroCounts(): ReportCounts {
  return Object.fromEntries(reportItems.map((item) => [item.code, 0])) as ReportCounts;
}
