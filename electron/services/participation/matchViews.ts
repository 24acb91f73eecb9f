import { eq } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import {
  followupsOfMatch,
  matchSummaryRows,
  type MatchSummaryRow,
} from '../../../db/repositories/participationRepository';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { participationMatch, type ParticipationMatchRow } from '../../../db/schema';
import type { MatchSummary, MatchView } from '../../contract/schemas/participation';
import type { Actor } from '../audit/actor';
import { daysBetween } from '../plans/planDates';
import { matchNotFound } from './matchAccess';

/** A list line, with the days since the latest follow-up (or since 提案 when none). */
export function toMatchSummary(row: MatchSummaryRow, today: string): MatchSummary {
  return { ...row, daysSinceFollowUp: daysBetween(row.lastFollowUpOn ?? row.proposedOn, today) };
}

/**
 * Everything the match screen shows, for a match already checked visible to the actor.
 * `editable`: a 相談員 or 管理者 may still act on it (anything but 終了).
 */
export function buildMatchView(
  db: ReadDb,
  actor: Actor,
  row: ParticipationMatchRow,
  today: string,
): MatchView {
  const [summary] = matchSummaryRows(db, eq(participationMatch.id, row.id));
  if (!summary) throw matchNotFound();
  return {
    ...toMatchSummary(summary, today),
    staffId: row.staffId,
    staffName: row.staffId === null ? null : (findStaffById(db, row.staffId)?.displayName ?? null),
    hostSupport: row.hostSupport,
    note: row.note,
    followUps: followupsOfMatch(db, row.id),
    editable: actor.role !== 'viewer' && row.status !== 'ended',
  };
}
