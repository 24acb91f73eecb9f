import type { ActivityView } from '../../../../electron/contract/schemas/activity';

/** What a list of activities adds up to; groups count only where they were recorded. */
export type ActivityTotals = {
  count: number;
  participants: number;
  elderly: number;
  disability: number;
  children: number;
  other: number;
};

export function activityTotals(activities: readonly ActivityView[]): ActivityTotals {
  const totals: ActivityTotals = {
    count: 0,
    participants: 0,
    elderly: 0,
    disability: 0,
    children: 0,
    other: 0,
  };
  for (const a of activities) {
    totals.count += 1;
    totals.participants += a.participants;
    totals.elderly += a.participantsElderly ?? 0;
    totals.disability += a.participantsDisability ?? 0;
    totals.children += a.participantsChildren ?? 0;
    totals.other += a.participantsOther ?? 0;
  }
  return totals;
}
