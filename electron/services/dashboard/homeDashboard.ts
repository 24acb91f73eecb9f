import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import { staffCaseStageCounts } from '../../../db/repositories/dashboardQueries';
import { supportCase } from '../../../db/schema';
import { stages, type Stage } from '../../contract/caseCodes';
import type { HomeDashboard } from '../../contract/schemas/dashboard';
import type { Actor } from '../audit/actor';
import { visibleHouseholdSql } from '../cases/caseAccess';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { myNextActions } from '../nextActions/myNextActions';
import { staleOutreach } from '../outreach/outreachReads';
import { staleMatches } from '../participation/matchReads';
import { duePlansForEvaluation } from '../plans/duePlans';
import { newCasesByMonth } from './monthlyNewCases';
import { meetingsThisWeek } from './weekMeetings';

const openStages = stages.codes.filter((stage) => stage !== 'closed');

/**
 * Rows per reminder card on ホーム. A city office has thousands of plans due and matches without
 * follow-up; the card shows the most urgent and the count, and its own screen lists them all.
 */
export const homeListLimit = 10;

/** How far ホーム counts the plans due: beyond it, 「1,000件以上」 says enough. */
export const homeCountLimit = 1000;

/**
 * The viewer's cases not yet 終結 (主担当 or 副担当), counted by stage. Their own cases are never
 * hidden from them, except one in a household another restricted case hides (as in the case list).
 */
export function myOpenCasesByStage(db: ReadDb, actor: Actor): Partial<Record<Stage, number>> {
  const rows = staffCaseStageCounts(
    db,
    actor.staffId,
    openStages,
    visibleHouseholdSql(actor, sql`${supportCase.householdId}`),
  );
  return Object.fromEntries(rows.map((row) => [row.stage, row.n]));
}

/**
 * ホーム, what a worker opens every morning, as of Japan's today: my dated 次の対応 (today's and
 * overdue), my open cases by stage, plans
 * due for evaluation, this week's meetings, outreach and matches silent for 30 days (of those
 * the viewer may see, the most urgent and how many), and this 年度's new consultations per month.
 */
export function homeDashboard(db: ReadDb, actor: Actor, clock: Clock): HomeDashboard {
  const today = todayInJapan(clock);
  const { fiscalYear, months } = newCasesByMonth(db, actor, today);
  return {
    myNextActions: myNextActions(db, actor, today),
    myOpenCasesByStage: myOpenCasesByStage(db, actor),
    duePlans: duePlansForEvaluation(
      db,
      actor,
      clock,
      { limit: homeListLimit },
      { countUpTo: homeCountLimit },
    ),
    meetingsThisWeek: meetingsThisWeek(db, today),
    outreachWithoutContact: staleOutreach(db, actor, today, homeListLimit),
    matchesWithoutFollowUp: staleMatches(db, actor, today, homeListLimit),
    fiscalYear,
    newCasesByMonth: months,
  };
}
