import { roleLabels } from '../roles';
import { stages } from '../caseCodes';
import { planDecisions } from '../planCodes';
import type { ErrorCode } from '../errors';
import {
  code,
  codeList,
  count,
  date,
  flag,
  hidden,
  ref,
  refs,
  text,
  time,
  type DetailKeySpec,
} from './auditVocabulary';

/** How an audit row's session came in. */
export const channelLabels = {
  desktop: 'デスクトップ版',
  web: 'ブラウザ',
  cli: 'コマンドライン',
  server: '事務所サーバー',
};

/** Why a login failed or a session ended (auth.loginFailed, auth.logout). */
export const authReasonLabels = {
  wrongPassword: 'パスワードの誤り',
  throttled: '待ち時間中の試行',
  wrongRecoveryKey: '回復キーの誤り',
  recoveryThrottled: '回復キーの待ち時間中の試行',
  switchUser: '別の職員のログイン',
  restore: '復元のため',
  accountDisabled: 'アカウントの無効化',
  passwordReset: 'パスワードの再設定',
  expired: 'ログインの有効期限切れ',
  endedByAdmin: '管理者による終了',
};

/** An error code as the audit log names a failure (backup.failed). */
export const errorCodeLabels: Record<ErrorCode, string> = {
  BAD_SENDER: '不正な呼び出し元',
  UNKNOWN_CALL: '不明な操作',
  VALIDATION: '入力の誤り',
  NOT_INITIALIZED: '初期設定前',
  ALREADY_INITIALIZED: '初期設定済み',
  LOGGED_OUT: 'ログアウト中',
  LOCKED: 'ロック中',
  FORBIDDEN: '権限なし',
  WRONG_PASSWORD: 'パスワードの誤り',
  ACCOUNT_DISABLED: 'アカウント無効',
  DB_UNREADABLE: 'データベースを読めない',
  DB_MISSING: 'データベースがない',
  KEYSLOTS_UNREADABLE: '鍵ファイルを読めない',
  TOO_MANY_ATTEMPTS: '試行回数の超過',
  FOLDER_IN_USE: 'フォルダーが使用中',
  READ_ONLY: '書き込みできない',
  DISK_FULL: '空き容量の不足',
  BACKUP_INVALID: '検査で不合格',
  NOT_FOUND: '見つからない',
  CONFLICT: '競合',
  NOT_AVAILABLE: '使用できない',
  NOT_READY: 'サーバーの準備前',
  INTERNAL: '内部エラー',
};

/**
 * Every key an audit row's detail may carry, with its Japanese name and how its value reads.
 * appendAudit accepts only these keys, so a new key without a name does not compile. An action
 * whose key means something else (`kind`, `from`, `stage` …) says so in its own `detail`.
 */
export const auditDetailKeys = {
  // Records the row is about (looked up: a case by ケース番号, a person by name …).
  caseId: ref('ケース', 'case'),
  caseIds: refs('ケース', 'case'),
  personId: ref('人物', 'person'),
  personIds: refs('人物', 'person'),
  householdId: ref('世帯', 'household'),
  planId: ref('支援プラン', 'plan'),
  endedPlanIds: refs('終了した支援プラン', 'plan'),
  supersedesId: ref('元の版', 'plan'),
  approvedMeetingId: ref('承認した会議', 'meeting'),
  meetingId: ref('会議', 'meeting'),
  agencyId: ref('関係機関', 'agency'),
  agencyIds: refs('関係機関', 'agency'),
  staffIds: refs('職員', 'staff'),
  mainStaffId: ref('主担当', 'staff'),
  resourceId: ref('社会資源', 'resource'),
  // Ids of sub-records the target already names: kept in the row, not shown.
  evaluationId: hidden,
  consentId: hidden,
  decisionId: hidden,
  contactId: hidden,
  followupId: hidden,
  caseNumber: hidden,
  before: hidden,
  firstId: hidden,
  lastId: hidden,
  // What changed.
  fields: codeList('変更した項目'),
  keys: codeList('変更した設定'),
  version: { label: '版', as: 'count', prefix: '第', unit: '版' },
  /** The record's version after this change (訂正履歴): 1 as first written. */
  revision: { label: '記録の版', as: 'count', prefix: '第', unit: '版' },
  previousStage: code('それまでの段階', stages.labels),
  decision: code('判定', planDecisions.labels),
  kind: code('種類'),
  state: code('状態'),
  stage: code('段階'),
  status: code('状態'),
  method: code('方法'),
  result: code('結果', { ok: '異常なし', problems: '異常あり' }),
  role: code('権限', roleLabels),
  reopened: flag('再開', '終結・終了から再開'),
  replaced: flag('同意の記録', '前の記録を置き換え'),
  added: flag('役割分担', '新たに追加', '内容の変更'),
  newPerson: flag('人物', '新しく登録'),
  // Dates and periods (dates in Japan).
  from: date('期間の開始'),
  to: date('期間の終了'),
  on: date('日付'),
  heldOn: date('開催日'),
  endedOn: date('終了日'),
  backupCreatedAt: time('バックアップの作成日時'),
  month: { label: '対象月', as: 'month' },
  // Sessions and failures.
  login: text('ログイン名'),
  channel: code('使用した画面', channelLabels),
  /** The client PC's address, for logins to the office server. */
  address: text('接続元（端末のアドレス）'),
  reason: code('理由', authReasonLabels),
  code: code('原因', errorCodeLabels),
  // Counts.
  rows: count('件数'),
  count: count('選択肢の数'),
  attendees: count('出席者', '人'),
  acknowledged: count('守秘義務の確認', '人'),
  hiddenCaseCount: count('閲覧制限で伏せたケース'),
  notes: count('経過記録'),
  copies: count('部数', '部'),
  variant: code('様式', { consent: '本人同意あり', noConsent: '本人同意なし' }),
  length: count('検索語の長さ', '文字'),
  hits: count('該当', '件'),
  // Files: printing, export, import, backups, checks.
  format: code('形式', { html: '画面から印刷', pdf: 'PDF', xlsx: 'Excel' }),
  delivery: code('渡し方', { dialog: '保存', download: 'ダウンロード', file: 'ファイルに保存' }),
  filters: { label: '条件', as: 'filters' },
  initials: flag('氏名', 'イニシャルで表示'),
  partial: flag('集計', '集計途中（月の終了前）'),
  fileName: text('ファイル名'),
  folder: text('保存先'),
  keep: count('残す数', '個'),
  bytes: { label: 'サイズ', as: 'bytes' },
  tables: count('表', '個'),
  removed: codeList('削除した古いバックアップ'),
  auto: flag('実行', '自動', '手動'),
  outcome: code('結果', {
    preview: '確認のみ',
    imported: '取り込み済み',
    refused: 'エラーのため取り込まず',
  }),
  skipInvalid: flag('エラーの行', '除いて取り込み'),
  fileSha256: text('ファイルのハッシュ値'),
  ready: count('取り込める行', '行'),
  duplicates: count('取り込み済みと重複', '行'),
  invalid: count('エラーの行', '行'),
  imported: count('取り込んだ行', '行'),
  newPersons: count('新しい人物', '人'),
  matchedPersons: count('登録済みの人物と照合', '人'),
  // Words of an imported file read as list values (import.run, import.preview).
  mappings: count('読み替えた言葉', '語'),
  mappingsRemembered: count('次回のために覚えた読み替え', '語'),
  retired: codeList('使わなくした選択肢'),
  // Checks of the database and the audit chain (db.verify, db.recount).
  scope: code('検査の範囲', { audit: '監査ログの連鎖' }),
  auditRows: count('監査ログ', '行'),
  auditProblems: count('監査ログの異常'),
  auditProblemIds: codeList('異常のある行ID'),
  integrityProblems: count('整合性の異常'),
  foreignKeyProblems: count('参照の異常'),
  countProblems: count('件数表のずれ'),
  backupsChecked: count('照合したバックアップ', '個'),
  backupHeadProblems: codeList('照合が合わないバックアップ'),
  fixed: count('直した件数表'),
  // Demo data (demo.generate): what was generated.
  seed: text('乱数の種'),
  today: date('基準日'),
  households: count('世帯'),
  persons: count('人物', '人'),
  cases: count('ケース'),
  closedCases: count('終結したケース'),
  restrictedCases: count('閲覧制限のケース'),
  consents: count('本人同意'),
  caseAgencies: count('関係機関の役割分担'),
  plans: count('支援プラン'),
  agencies: count('関係機関'),
  staff: count('職員', '人'),
  shienMeetings: count('支援会議'),
  jusouMeetings: count('重層的支援会議'),
  meetingCases: count('会議で検討したケース'),
  meetingDecisions: count('決定事項'),
  approvedPlans: count('会議で承認した支援プラン'),
  outreachTargets: count('アウトリーチ'),
  transferredOutreach: count('支援へ移行したアウトリーチ'),
  outreachContacts: count('アウトリーチの接触'),
  resources: count('社会資源'),
  matches: count('参加支援'),
  followUps: count('フォローアップ'),
  activities: count('地域づくりの活動'),
} as const satisfies Record<string, DetailKeySpec>;

export type AuditDetailKey = keyof typeof auditDetailKeys;

/** An audit row's facts: only declared keys; never the content of a personal record. */
export type AuditDetail = Partial<Record<AuditDetailKey, unknown>>;
