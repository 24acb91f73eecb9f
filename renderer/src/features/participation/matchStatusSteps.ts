import type { MatchStatus } from '../../../../electron/contract/communityCodes';

/** 提案 → 見学 → 体験 → 参加中 → 定着; 中断 and 終了 stand apart from the path. */
export const matchSteps = [
  'proposed',
  'visited',
  'trial',
  'participating',
  'settled',
] as const satisfies readonly MatchStatus[];

/** Where a status is on the path (0-based); -1 for 中断 and 終了. */
export function matchStepIndex(status: MatchStatus): number {
  return (matchSteps as readonly MatchStatus[]).indexOf(status);
}

export function isOpenMatch(status: MatchStatus): boolean {
  return status !== 'suspended' && status !== 'ended';
}

/**
 * How far along the path a match got: its status while open; once 中断 or 終了, the last status
 * on the path its follow-ups moved it to (提案 when none did).
 */
export function reachedStep(
  status: MatchStatus,
  followUps: readonly { statusTo: MatchStatus | null }[],
): MatchStatus {
  if (isOpenMatch(status)) return status;
  // Follow-ups come newest first.
  const onPath = followUps.find((f) => f.statusTo !== null && matchStepIndex(f.statusTo) >= 0);
  return onPath?.statusTo ?? 'proposed';
}

/** Days without a follow-up from which an open match needs attention (as on ホーム). */
export const staleFollowUpDays = 30;

export function isStaleMatch(summary: { status: MatchStatus; daysSinceFollowUp: number }) {
  return isOpenMatch(summary.status) && summary.daysSinceFollowUp >= staleFollowUpDays;
}

export const matchStatusColors: Record<MatchStatus, string> = {
  proposed: 'gray',
  visited: 'blue',
  trial: 'cyan',
  participating: 'teal',
  settled: 'green',
  suspended: 'orange',
  ended: 'dark',
};
