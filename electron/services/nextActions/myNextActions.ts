import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import { addDaysTo } from '../../contract/japaneseDate/japanTime';
import {
  countOpenNextActions,
  openNextActionRows,
} from '../../../db/repositories/nextActionRepository';
import { supportCase } from '../../../db/schema';
import type { MyNextActions, NextActionItem } from '../../contract/schemas/nextAction';
import type { Actor } from '../audit/actor';
import { visibleHouseholdSql, withVisibility } from '../cases/caseAccess';
import { daysBetween } from '../plans/planDates';

/** Rows per list on ホーム; the count says how many more. */
export const nextActionListLimit = 20;

/**
 * The actor's open dated 次の対応 as of `today` (Japan): 今日の予定 (due today) and 期限切れ (due
 * before, oldest first). Only of cases the actor may see now (閲覧制限, and a household hidden by
 * another restricted case): an item on a case taken away from them is not shown.
 */
export function myNextActions(db: ReadDb, actor: Actor, today: string): MyNextActions {
  const visible = withVisibility(
    actor,
    visibleHouseholdSql(actor, sql`${supportCase.householdId}`),
  );
  const list = (query: { from?: string; to: string }) => {
    const full = { ...query, staffId: actor.staffId, visible };
    const rows = openNextActionRows(db, full, nextActionListLimit);
    return {
      rows: rows.map((row): NextActionItem => ({
        id: row.id,
        noteId: row.noteId,
        caseId: row.caseId,
        caseNumber: row.caseNumber,
        personName: row.personName,
        text: row.text,
        dueOn: row.dueOn,
        noteOccurredAt: row.occurredAt,
        daysOverdue: daysBetween(row.dueOn, today),
      })),
      total: rows.length < nextActionListLimit ? rows.length : countOpenNextActions(db, full),
    };
  };
  return {
    today: list({ from: today, to: today }),
    overdue: list({ to: addDaysTo(today, -1) }),
  };
}
