import { and, eq, inArray, lte } from 'drizzle-orm';
import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import {
  outreachQuietSince,
  countOutreach,
  outreachSummaryRows,
} from '../../../db/repositories/outreachRepository';
import { outreachTarget } from '../../../db/schema';
import type { FirstRows } from '../../contract/schemas/dashboard';
import type { OutreachSummary, OutreachView } from '../../contract/schemas/outreach';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { addDays } from '../plans/planDates';
import { openOutreachStages, requireVisibleTarget, visibleOutreachSql } from './outreachAccess';
import { buildOutreachView, toOutreachSummary } from './outreachViews';

/** Opens one target with its contacts: NOT_FOUND when missing or hidden; audited as a view. */
export function getOutreach(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'outreach.get'>,
): OutreachView {
  return withTransaction(db, (tx) => {
    const row = requireVisibleTarget(tx, actor, input.id);
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'outreach.view',
      target: { type: 'outreach', id: row.id },
      detail: { stage: row.stage, caseId: row.caseId },
    });
    return buildOutreachView(tx, actor, row, todayInJapan(clock));
  });
}

/** A target re-read after a write in the same transaction. */
export function reloadOutreachView(
  db: ReadDb,
  actor: Actor,
  id: number,
  today: string,
): OutreachView {
  return buildOutreachView(db, actor, requireVisibleTarget(db, actor, id), today);
}

/**
 * The outreach list: open targets (not 支援へ移行 or 終了) unless `includeClosed`, optionally of
 * one stage and one 主担当, newest 把握 first. Targets linked to hidden records are left out.
 */
export function listOutreach(
  db: ReadDb,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'outreach.list'>,
): OutreachSummary[] {
  const where = and(
    input.includeClosed ? undefined : inArray(outreachTarget.stage, [...openOutreachStages]),
    input.stage === undefined ? undefined : eq(outreachTarget.stage, input.stage),
    input.mainStaffId === undefined ? undefined : eq(outreachTarget.mainStaffId, input.mainStaffId),
    visibleOutreachSql(actor),
  );
  const today = todayInJapan(clock);
  return outreachSummaryRows(db, where).map((row) => toOutreachSummary(row, today));
}

/** Days without contact from which an open target is listed on ホーム. */
export const staleContactDays = 30;

/**
 * Open targets with no contact (or, never contacted, no 把握) for 30 days or more: the `limit`
 * longest silent, and how many there are.
 */
export function staleOutreach(
  db: ReadDb,
  actor: Actor,
  today: string,
  limit: number,
): FirstRows<OutreachSummary> {
  const where = and(
    inArray(outreachTarget.stage, [...openOutreachStages]),
    lte(outreachQuietSince, addDays(today, -staleContactDays)),
    visibleOutreachSql(actor),
  );
  return {
    rows: outreachSummaryRows(db, where, 'quiet', limit).map((row) =>
      toOutreachSummary(row, today),
    ),
    total: countOutreach(db, where),
  };
}
