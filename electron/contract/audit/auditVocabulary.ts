/**
 * The words the audit log is read in: the groups of its 操作 filter, the kinds of record a row
 * points at, and how a detail value reads. Every audit action (auditActions.ts) and every detail
 * key (auditDetailKeys.ts) is declared with these, so the log never shows a code.
 */

/** The 操作 filter's groups, in the order the filter lists them. */
export const auditGroups = {
  auth: 'ログイン・ロック・回復キー',
  staff: '職員アカウント',
  settings: '設定・選択肢',
  backup: 'バックアップ・復元・検査',
  audit: '監査ログ',
  household: '世帯',
  person: '人物',
  case: 'ケース',
  consent: '本人同意',
  note: '経過記録',
  agency: '関係機関',
  plan: '支援プラン',
  meeting: '会議',
  outreach: 'アウトリーチ',
  participation: '参加支援',
  community: '地域づくり',
  print: '印刷',
  export: 'Excel 出力',
  import: '取り込み',
  search: '検索',
  system: '初期設定・デモデータ',
} as const satisfies Record<string, string>;
export type AuditGroup = keyof typeof auditGroups;

/** The kinds of record an audit row (or a detail id) points at, with their Japanese names. */
export const auditTargets = {
  case: 'ケース',
  person: '人物',
  household: '世帯',
  staff: '職員',
  plan: '支援プラン',
  note: '経過記録',
  consent: '本人同意',
  agency: '関係機関',
  codeList: '選択肢',
  meeting: '会議',
  decision: '決定事項',
  evaluation: '評価',
  import: '取り込み',
  outreach: 'アウトリーチ',
  contact: '接触記録',
  match: '参加支援',
  followup: 'フォローアップ',
  resource: '社会資源',
  activity: '地域づくり',
} as const satisfies Record<string, string>;
export type AuditTargetKind = keyof typeof auditTargets;

/** Japanese names of coded values (a `labels()` map, a role list …). */
export type CodeLabels = Readonly<Record<string, string>>;

/**
 * How one detail value reads. `ref` ids are looked up (a case as its ケース番号, a person by name);
 * `code` values through `codes` (the action's own, where the key alone does not say which list);
 * `hidden` values stay in the row (and its hash) but are not shown — ids of sub-records that the
 * row's target already names.
 */
export type DetailFormat =
  | { as: 'ref'; target: AuditTargetKind }
  | { as: 'refs'; target: AuditTargetKind }
  | { as: 'count'; unit: string; prefix?: string }
  | { as: 'code'; codes?: CodeLabels }
  | { as: 'codes'; codes?: CodeLabels }
  | { as: 'change'; codes?: CodeLabels }
  | { as: 'flag'; yes: string; no?: string }
  | { as: 'date' }
  | { as: 'time' }
  | { as: 'month' }
  | { as: 'action' }
  | { as: 'consent' }
  | { as: 'bytes' }
  | { as: 'text' }
  | { as: 'filters' }
  | { as: 'hidden' };

/** A detail key: its Japanese name and how its value reads. */
export type DetailKeySpec = DetailFormat & { label: string };

export const ref = (label: string, target: AuditTargetKind): DetailKeySpec => ({
  label,
  as: 'ref',
  target,
});
export const refs = (label: string, target: AuditTargetKind): DetailKeySpec => ({
  label,
  as: 'refs',
  target,
});
export const count = (label: string, unit = '件'): DetailKeySpec => ({ label, as: 'count', unit });
export const code = (label: string, codes?: CodeLabels): DetailKeySpec => ({
  label,
  as: 'code',
  codes,
});
/** A list of codes: changed fields (by their names on screen), settings keys, 分野 … */
export const codeList = (label: string, codes?: CodeLabels): DetailKeySpec => ({
  label,
  as: 'codes',
  codes,
});
/** `{ from, to }` of a stage or status: 「把握 → 接触」. */
export const change = (label: string, codes?: CodeLabels): DetailKeySpec => ({
  label,
  as: 'change',
  codes,
});
export const flag = (label: string, yes: string, no?: string): DetailKeySpec => ({
  label,
  as: 'flag',
  yes,
  no,
});
export const date = (label: string): DetailKeySpec => ({ label, as: 'date' });
export const time = (label: string): DetailKeySpec => ({ label, as: 'time' });
export const text = (label: string): DetailKeySpec => ({ label, as: 'text' });
export const hidden: DetailKeySpec = { label: '', as: 'hidden' };
