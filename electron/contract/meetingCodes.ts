/**
 * The coded values of 会議: stored as English codes, shown with these Japanese labels. The
 * display names of the meeting kinds are an office setting (towns name them differently); these
 * are the defaults and the legal names.
 */
function labels<const K extends string>(map: Record<K, string>) {
  // A non-empty tuple type, as drizzle's text enums and z.enum require (as in caseCodes.ts).
  return { codes: Object.keys(map) as [K, ...K[]], labels: map };
}

/**
 * shien: 支援会議 (社会福祉法 §106-6) — may share information about people who have not consented;
 * members are bound by 守秘義務. jusou: 重層的支援会議 — needs the person's consent; plans are
 * approved, evaluated and closed there. case / study: ordinary ケース会議 and 事例検討.
 */
export const meetingKinds = labels({
  shien: '支援会議',
  jusou: '重層的支援会議',
  case: 'ケース会議',
  study: '事例検討',
});
export type MeetingKind = (typeof meetingKinds.codes)[number];

/** 予定 → 開催済 (minutes and decisions recorded), or 中止. */
export const meetingStatuses = labels({ planned: '予定', held: '開催済', cancelled: '中止' });
export type MeetingStatus = (typeof meetingStatuses.codes)[number];

/** 決定事項. Some change the case or its plan in the same transaction as the decision. */
export const meetingDecisionKinds = labels({
  supportDecision: '支援決定',
  planApproval: 'プラン承認',
  roleAssignment: '役割分担',
  evaluation: '評価',
  closure: '終結',
});
export type MeetingDecisionKind = (typeof meetingDecisionKinds.codes)[number];

/** 役割 of an attendee as the 会議録 prints it; the person and family attend too at times. */
export const attendeeRoles = labels({
  chair: '司会',
  recorder: '記録',
  presenter: '説明者',
  member: '構成員',
  advisor: '助言者',
  person: '本人',
  family: '家族',
  other: 'その他',
});
export type AttendeeRole = (typeof attendeeRoles.codes)[number];
