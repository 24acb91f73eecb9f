/**
 * The coded values of case work: stored as English codes, shown with these Japanese labels.
 * Order is the order users see in lists.
 */
function labels<const K extends string>(map: Record<K, string>) {
  // A non-empty tuple type, as drizzle's text enums and z.enum require.
  return { codes: Object.keys(map) as [K, ...K[]], labels: map };
}

export const routes = labels({
  counter: '窓口',
  phone: '電話',
  visit: '訪問',
  outreach: 'アウトリーチ',
  referral: '関係機関からのつなぎ',
  email: 'メール',
  other: 'その他',
});
export type Route = (typeof routes.codes)[number];

export const fields = labels({
  elderly: '高齢',
  disability: '障害',
  child: '子ども',
  poverty: '生活困窮',
  other: 'その他',
});
export type Field = (typeof fields.codes)[number];

export const stages = labels({
  intake: '受付',
  assessment: 'アセスメント',
  planning: 'プラン作成',
  support: '支援中',
  monitoring: 'モニタリング',
  closed: '終結',
  suspended: '中断',
});
export type Stage = (typeof stages.codes)[number];

/**
 * 終結理由 as the official 評価シート lists them: chosen when a case is closed (on the case, by a
 * plan's 終結 評価 or a meeting's 終結 decision); free text is kept beside it as 補足.
 */
export const closeReasons = labels({
  goalAchieved: '目標達成',
  referred: '他機関へ引継ぎ',
  moved: '転居',
  lostContact: '連絡がとれない',
  died: '死亡',
  personWish: '本人の希望',
  other: 'その他',
});
export type CloseReason = (typeof closeReasons.codes)[number];

export const urgencies = labels({ high: '高', normal: '中', low: '低' });
export type Urgency = (typeof urgencies.codes)[number];

export const sexes = labels({ male: '男性', female: '女性', other: 'その他' });
export type Sex = (typeof sexes.codes)[number];

export const consentKinds = labels({
  application: '相談申込',
  infoSharing: '関係機関との情報共有',
  jusouMeeting: '重層的支援会議での検討',
});
export type ConsentKind = (typeof consentKinds.codes)[number];

export const consentStates = labels({
  unconfirmed: '未確認',
  given: '同意あり',
  refused: '同意なし',
  withdrawn: '撤回',
});
export type ConsentState = (typeof consentStates.codes)[number];

export const consentMethods = labels({ signature: '署名', verbal: '口頭', proxy: '代筆' });
export type ConsentMethod = (typeof consentMethods.codes)[number];

export const noteMeans = labels({
  visitOffice: '来所',
  phone: '電話',
  homeVisit: '訪問',
  accompany: '同行',
  email: 'メール',
  agency: '関係機関',
  meeting: '会議',
  outreach: 'アウトリーチ',
});
export type NoteMeans = (typeof noteMeans.codes)[number];

export const agencyKinds = labels({
  houkatsu: '地域包括支援センター',
  disabilitySupport: '障害者相談支援事業所',
  childFamily: 'こども家庭センター',
  selfReliance: '自立相談支援機関',
  shakyo: '社会福祉協議会',
  minsei: '民生委員・児童委員',
  medical: '医療機関',
  school: '学校',
  helloWork: 'ハローワーク',
  municipal: '庁内各課',
  npo: 'NPO・民間団体',
  other: 'その他',
});
export type AgencyKind = (typeof agencyKinds.codes)[number];

/** 課題 tags a new office starts with; 管理者 can add, rename and retire them. */
export const defaultIssueTags = [
  '8050問題',
  'ダブルケア',
  'ひきこもり',
  'ヤングケアラー',
  '社会的孤立',
  'セルフネグレクト',
  '生活困窮',
  '住まい',
  '仕事・就労',
  '障害',
  '病気・健康',
  '介護',
  '子育て',
  'DV・虐待',
  '家族関係',
  '債務',
  '不登校',
] as const;
