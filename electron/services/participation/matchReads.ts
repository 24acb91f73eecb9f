import { and, eq, inArray, lte } from 'drizzle-orm';
import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import {
  matchQuietSince,
  countMatches,
  matchSummaryRows,
} from '../../../db/repositories/participationRepository';
import { participationMatch } from '../../../db/schema';
import type { FirstRows } from '../../contract/schemas/dashboard';
import type { MatchSummary, MatchView } from '../../contract/schemas/participation';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { addDays } from '../plans/planDates';
import { openMatchStatuses, requireVisibleMatch, visibleMatchSql } from './matchAccess';
import { buildMatchView, toMatchSummary } from './matchViews';

/** Opens one match with its follow-ups: NOT_FOUND when missing or hidden; audited as a view. */
export function getMatch(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'match.get'>,
): MatchView {
  return withTransaction(db, (tx) => {
    const row = requireVisibleMatch(tx, actor, input.id);
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'match.view',
      target: { type: 'match', id: row.id },
      detail: { personId: row.personId, caseId: row.caseId, resourceId: row.resourceId },
    });
    return buildMatchView(tx, actor, row, todayInJapan(clock));
  });
}

/** A match re-read after a write in the same transaction. */
export function reloadMatchView(db: ReadDb, actor: Actor, id: number, today: string): MatchView {
  return buildMatchView(db, actor, requireVisibleMatch(db, actor, id), today);
}

/**
 * Matches of a person, of a resource, or all; open ones only (not 中断 or 終了) unless
 * `openOnly` is false. Newest 提案 first; matches of hidden people are left out.
 */
export function listMatches(
  db: ReadDb,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'match.list'>,
): MatchSummary[] {
  const where = and(
    input.openOnly ? inArray(participationMatch.status, [...openMatchStatuses]) : undefined,
    input.personId === undefined ? undefined : eq(participationMatch.personId, input.personId),
    input.resourceId === undefined
      ? undefined
      : eq(participationMatch.resourceId, input.resourceId),
    visibleMatchSql(actor),
  );
  const today = todayInJapan(clock);
  return matchSummaryRows(db, where).map((row) => toMatchSummary(row, today));
}

/** Days without a follow-up from which an open match is listed on ホーム. */
export const staleFollowUpDays = 30;

/**
 * Open matches with no follow-up (or, never followed up, no 提案) for 30 days or more: the
 * `limit` longest silent, and how many there are.
 */
export function staleMatches(
  db: ReadDb,
  actor: Actor,
  today: string,
  limit: number,
): FirstRows<MatchSummary> {
  const where = and(
    inArray(participationMatch.status, [...openMatchStatuses]),
    lte(matchQuietSince, addDays(today, -staleFollowUpDays)),
    visibleMatchSql(actor),
  );
  return {
    rows: matchSummaryRows(db, where, 'quiet', limit).map((row) => toMatchSummary(row, today)),
    total: countMatches(db, where),
  };
}
