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
