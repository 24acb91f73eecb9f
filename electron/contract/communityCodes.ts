/**
 * The coded values of アウトリーチ等事業, 参加支援事業 and 地域づくり事業: stored as English codes,
 * shown with these Japanese labels. Order is the order users see in lists.
 */
function labels<const K extends string>(map: Record<K, string>) {
  // A non-empty tuple type, as drizzle's text enums and z.enum require (as in caseCodes.ts).
  return { codes: Object.keys(map) as [K, ...K[]], labels: map };
}

/** The trust-building stages of outreach; 支援へ移行 opens a case linked to the history. */
export const outreachStages = labels({
  identified: '把握',
  contacted: '接触',
  relationship: '関係づくり',
  consent: '同意',
  transferred: '支援へ移行',
  ended: '終了',
});
export type OutreachStage = (typeof outreachStages.codes)[number];

export const outreachMethods = labels({
  visit: '訪問',
  phone: '電話',
  letter: '手紙・メモ',
  accompany: '同行',
  other: 'その他',
});
export type OutreachMethod = (typeof outreachMethods.codes)[number];

export const outreachResults = labels({
  met: '会えた',
  absent: '不在',
  refused: '拒否',
  viaAgency: '関係機関経由',
});
export type OutreachResult = (typeof outreachResults.codes)[number];

export const resourceKinds = labels({
  work: '就労体験',
  farming: '農業体験（農福連携）',
  ibasho: '居場所',
  volunteer: 'ボランティア',
  learning: '学習支援',
  kodomoShokudo: '子ども食堂',
  salon: 'サロン',
  other: 'その他',
});
export type ResourceKind = (typeof resourceKinds.codes)[number];

/**
 * 受入状況 as the host last told the office: 定員 counts only the office's own matches, while a
 * こども食堂 or a 作業所 also takes people from elsewhere, so the worker records what the host says.
 */
export const resourceIntakes = labels({
  open: '受入可',
  ask: '要相談',
  full: '満員',
});
export type ResourceIntake = (typeof resourceIntakes.codes)[number];

/** 対象年齢 as read: 「18〜64歳」「65歳以上」「18歳まで」; '' when open at both ends. */
export function ageRangeText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min}〜${max}歳`;
  if (min !== null) return `${min}歳以上`;
  if (max !== null) return `${max}歳まで`;
  return '';
}

/** Why a resource fits (or does not fit) a person in 資源を探す, shown on each result. */
export const resourceFitReasons = labels({
  ageInside: '年齢が対象内',
  ageOutside: '年齢が対象外',
  ageUnknown: '生年月日が未登録',
  fieldMatch: '分野が合う',
  fieldOther: '分野が異なる',
  sameDistrict: '同じ地区',
  sameArea: '同じ圏域',
  townWide: '町内全域',
  otherArea: '別の圏域',
  roomOpen: '受入可',
  roomAsk: '受入は要相談',
  roomFull: '満員',
});
export type ResourceFitReason = (typeof resourceFitReasons.codes)[number];

/** 提案 → 見学 → 体験 → 参加中 → 定着, or 中断 / 終了 from any of them. */
export const matchStatuses = labels({
  proposed: '提案',
  visited: '見学',
  trial: '体験',
  participating: '参加中',
  settled: '定着',
  suspended: '中断',
  ended: '終了',
});
export type MatchStatus = (typeof matchStatuses.codes)[number];

export const activityKinds = labels({
  ibasho: '居場所',
  event: '交流イベント',
  network: 'ネットワーク会議',
  development: '資源開発',
  lecture: '講演会',
});
export type ActivityKind = (typeof activityKinds.codes)[number];
