import type { z } from '../zodJapanese';
import type { activityCreateInput } from '../schemas/activity';
import type { caseUpdateInput, noteCreateInput } from '../schemas/caseWork';
import type { consentCorrectInput } from '../schemas/history';
import type { agencyCreateInput } from '../schemas/directory';
import type { householdCreateInput, personCreateInput } from '../schemas/household';
import type { meetingUpdateInput } from '../schemas/meeting';
import type { outreachCreateInput } from '../schemas/outreach';
import type { matchUpdateInput, resourceCreateInput } from '../schemas/participation';
import type { PlanContent } from '../schemas/plan';
import type { Settings } from '../schemas/settings';
import type { staffUpdateInput } from '../schemas/staff';

/**
 * The names of a record's fields as its form shows them, for an audit row's 変更した項目
 * (`fields`: the keys that changed, never their values). Each list must name every field of its
 * form's input (a new field without a name does not compile); a few stored-only keys are extra.
 */
type Names<T> = Record<Exclude<keyof T, 'id'>, string> & Record<string, string>;

export const caseFieldLabels = {
  stage: '段階',
  mainStaffId: '主担当',
  subStaffId: '副担当',
  mainAgencyId: '主担当機関',
  coordination: '多機関協働',
  coordinationOn: '多機関協働の開始日',
  outreach: 'アウトリーチ',
  restricted: '閲覧制限',
  fields: '相談分野',
  tags: '課題',
  mainTag: '主な課題',
  chiefComplaint: '主訴',
  urgency: '緊急度',
  route: '相談経路',
  closedOn: '終結日',
  closeReason: '終結理由',
  suspendedOn: '中断日',
} satisfies Names<z.input<typeof caseUpdateInput>>;

export const householdFieldLabels = {
  postalCode: '郵便番号',
  address: '住所',
  building: '建物名',
  district: '地区・圏域',
  housingType: '住居形態',
  memo: 'メモ',
} satisfies Names<z.input<typeof householdCreateInput>['household']>;

export const personFieldLabels = {
  name: '氏名',
  nameKana: 'ふりがな',
  birthDate: '生年月日',
  sex: '性別',
  relationship: '続柄',
  livesTogether: '同居・別居',
  phone: '電話（自宅）',
  mobilePhone: '電話（携帯）',
  email: 'メール',
  disabilityBook: '手帳',
  careLevel: '要介護度',
  livelihood: '就労・保険・年金',
  memo: 'メモ',
} satisfies Names<z.input<typeof personCreateInput>['person']>;

export const noteFieldLabels = {
  caseId: 'ケース',
  occurredAt: '日時',
  means: '手段',
  counterpart: '相手',
  facts: '内容',
  assessment: '所見',
  nextAction: '次の対応',
  minutes: '所要時間',
  nextActionOn: '次の対応の期日',
  nextActionStaffId: '次の対応の担当者',
} satisfies Names<z.input<typeof noteCreateInput>>;

export const consentFieldLabels = {
  state: '状態',
  recordedOn: '日付',
  method: '方法',
  proxyName: '代筆者',
  agencyIds: '共有先の関係機関',
  note: '備考',
} satisfies Names<z.input<typeof consentCorrectInput>>;

export const agencyFieldLabels = {
  name: '機関名',
  kind: '種別',
  contactPerson: '担当者',
  phone: '電話',
  address: '所在地',
  shienMeetingMember: '支援会議の構成員',
  active: '使用中',
  memo: 'メモ',
} satisfies Names<z.input<typeof agencyCreateInput>['agency']>;

export const planFieldLabels = {
  createdOn: '作成日',
  periodFrom: '計画期間（開始）',
  periodTo: '計画期間（終了）',
  nextEvaluationOn: '次回評価予定日',
  personWishes: '本人の思い・意向',
  householdGoal: '世帯の目標',
  issues: '課題の整理',
  goals: '目標',
  rows: '支援内容',
  referralParticipation: '参加支援事業の利用申込',
  referralOutreach: 'アウトリーチ等事業の利用申込',
  approvedMeetingId: '承認した会議',
} satisfies Names<PlanContent>;

export const meetingFieldLabels = {
  kind: '会議の種類',
  title: '会議名',
  heldOn: '開催日',
  startTime: '開始時刻',
  endTime: '終了時刻',
  place: '場所',
  chairStaffId: '司会（職員）',
  chairName: '司会',
  nextMeetingOn: '次回開催予定日',
  status: '開催の状態',
  generalMinutes: '全体の協議・連絡事項',
  nextMeetingNote: '次回予定',
} satisfies Names<z.input<typeof meetingUpdateInput>>;

export const outreachFieldLabels = {
  name: '氏名または呼び名',
  nameKana: 'ふりがな',
  personId: '登録済みの人物',
  sex: '性別',
  ageText: '年齢・年代',
  address: '住所・場所',
  district: '地区',
  raisedBy: '把握のきっかけ',
  raisedByAgencyId: '把握のきっかけ（関係機関）',
  raisedOn: '把握日',
  situation: '把握している状況',
  mainStaffId: '主担当',
} satisfies Names<z.input<typeof outreachCreateInput>>;

export const resourceFieldLabels = {
  name: '名称',
  kind: '種類',
  hostName: '運営・受入先',
  hostAgencyId: '運営・受入先（関係機関）',
  place: '場所',
  district: '地区・圏域',
  schedule: '日時・頻度',
  capacity: '定員',
  target: '対象（備考）',
  ageMin: '対象年齢（下限）',
  ageMax: '対象年齢（上限）',
  fields: '相談分野',
  intake: '受入状況',
  contact: '連絡先',
  active: '使用中',
  memo: 'メモ',
} satisfies Names<z.input<typeof resourceCreateInput>>;

export const matchFieldLabels = {
  hostSupport: '受入先への支援',
  note: 'メモ',
} satisfies Names<z.input<typeof matchUpdateInput>>;

export const activityFieldLabels = {
  heldOn: '開催日',
  name: '名称',
  kind: '種類',
  place: '場所',
  district: '地区',
  organisers: '主催・運営',
  participants: '参加者数',
  participantsElderly: '参加者数（高齢）',
  participantsDisability: '参加者数（障害）',
  participantsChildren: '参加者数（子ども）',
  participantsOther: '参加者数（その他）',
  organisations: '参加団体',
  note: '記録',
} satisfies Names<z.input<typeof activityCreateInput>>;

export const staffFieldLabels = {
  displayName: '表示名',
  affiliation: '所属',
  role: '権限',
} satisfies Names<z.input<typeof staffUpdateInput>>;

export const settingsKeyLabels = {
  municipalityName: '自治体名',
  idleLockMinutes: '自動ロックまでの時間',
  planEvaluationMonths: '次回評価までの月数',
  meetingKindNames: '会議の種類の呼び名',
  privacyNotice: '個人情報の取扱い',
} satisfies Names<Settings>;
