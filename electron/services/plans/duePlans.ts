import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import { duePlanRows } from '../../../db/repositories/supportPlanRepository';
import { supportCase } from '../../../db/schema';
import type { DuePlan } from '../../contract/schemas/plan';
import type { Actor } from '../audit/actor';
import { visibleHouseholdSql, withVisibility } from '../cases/caseAccess';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { daysBetween } from './planDates';

/**
 * 確定 plans whose 次回評価予定日 is today or past (Japan's date), oldest first, for the home
 * screen. Left out: cases the actor may not see (閲覧制限, including a household hidden by another
 * restricted case), closed or suspended cases, and a version whose next version is being written.
 */
export function duePlansForEvaluation(db: ReadDb, actor: Actor, clock: Clock): DuePlan[] {
  const today = todayInJapan(clock);
  const visible = withVisibility(
    actor,
    visibleHouseholdSql(actor, sql`${supportCase.householdId}`),
  );
  return duePlanRows(db, today, visible).map((row) => ({
    ...row,
    daysOverdue: daysBetween(row.nextEvaluationOn, today),
  }));
}
