/**
 * The coded values of 支援プラン: stored as English codes, shown and printed with these Japanese
 * labels. Order is the order users see in lists.
 */
function labels<const K extends string>(map: Record<K, string>) {
  // A non-empty tuple type, as drizzle's text enums and z.enum require (as in caseCodes.ts).
  return { codes: Object.keys(map) as [K, ...K[]], labels: map };
}

/** 案 → 確定 → 終了. A 確定 plan is never edited; a change is a new version. */
export const planStatuses = labels({ draft: '案', confirmed: '確定', ended: '終了' });
export type PlanStatus = (typeof planStatuses.codes)[number];

/** How the person agreed to the plan (the print's signature block). */
export const planConsentMethods = labels({ selfSigned: '自署', proxy: '代筆', verbal: '口頭' });
export type PlanConsentMethod = (typeof planConsentMethods.codes)[number];

export const planGoalKinds = labels({ long: '長期目標', short: '短期目標' });
export type PlanGoalKind = (typeof planGoalKinds.codes)[number];

/** What an evaluation decides for the plan. */
export const planDecisions = labels({
  continue: '継続',
  revise: '見直し',
  close: '終結',
  suspend: '中断',
});
export type PlanDecision = (typeof planDecisions.codes)[number];

/** The result of one goal at an evaluation. */
export const goalResults = labels({
  achieved: '達成',
  partial: '一部達成',
  notAchieved: '未達成',
});
export type GoalResult = (typeof goalResults.codes)[number];
