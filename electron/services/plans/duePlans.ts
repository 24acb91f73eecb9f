import { or, sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import {
  countDuePlans,
  duePlanRows,
  type DuePlanQuery,
} from '../../../db/repositories/supportPlanRepository';
import { supportCase, supportPlan } from '../../../db/schema';
import type { DuePlanPage } from '../../contract/schemas/plan';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { visibleHouseholdSql, withVisibility } from '../cases/caseAccess';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { daysBetween } from './planDates';

/**
 * 確定 plans whose 次回評価予定日 is today or past (Japan's date), oldest first, a page at a time
 * with the total, for 支援プラン and ホーム. Left out: cases the actor may not see (閲覧制限,
 * including a household hidden by another restricted case), closed or suspended cases, and a
 * version whose next version is being written. A city has tens of thousands of plans; the list
 * is read by key from its index, never whole.
 */
export function duePlansForEvaluation(
  db: ReadDb,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'plan.dueForEvaluation'>,
  { countUpTo }: { countUpTo?: number } = {},
): DuePlanPage {
  const today = todayInJapan(clock);
  const visible = withVisibility(
    actor,
    visibleHouseholdSql(actor, sql`${supportCase.householdId}`),
  );
  const staff =
    input.staffId === undefined
      ? []
      : [
          or(
            sql`${supportCase.mainStaffId} = ${input.staffId}`,
            sql`${supportCase.subStaffId} = ${input.staffId}`,
          ) ?? sql`0`,
        ];
  const query: DuePlanQuery = { today, visible, more: staff };
  const after = input.after;
  const page = duePlanRows(
    db,
    {
      ...query,
      more: after
        ? [
            ...staff,
            sql`(${supportPlan.nextEvaluationOn}, ${supportCase.caseNumber}, ${supportPlan.id})
              > (${after.nextEvaluationOn}, ${after.caseNumber}, ${after.planId})`,
          ]
        : staff,
    },
    input.limit + 1,
  );
  // One past the cap tells whether there are more than the cap.
  const total = countDuePlans(db, query, countUpTo === undefined ? undefined : countUpTo + 1);
  return {
    rows: page.slice(0, input.limit).map((row) => ({
      ...row,
      daysOverdue: daysBetween(row.nextEvaluationOn, today),
    })),
    total: Math.min(total, countUpTo ?? total),
    totalIsLowerBound: countUpTo !== undefined && total > countUpTo,
    hasMore: page.length > input.limit,
  };
}
