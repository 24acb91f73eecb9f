import type { SQL } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import { findMatch } from '../../../db/repositories/participationRepository';
import type { ParticipationMatchRow } from '../../../db/schema';
import type { MatchStatus } from '../../contract/communityCodes';
import { AppError } from '../../contract/errors';
import type { Actor } from '../audit/actor';
import { visibleLinksSql } from '../cases/visibleLinks';

/** Missing and hidden matches get the same message, so a refusal reveals nothing (閲覧制限). */
export function matchNotFound(): AppError {
  return new AppError('NOT_FOUND', '参加支援の記録が見つかりません。');
}

/** A match is hidden when its person's household, or its case, is hidden from the actor. */
export function visibleMatchSql(actor: Actor): SQL | undefined {
  return visibleLinksSql(actor, 'participation_match');
}

export function requireVisibleMatch(db: ReadDb, actor: Actor, id: number): ParticipationMatchRow {
  const row = findMatch(db, id, visibleMatchSql(actor));
  if (!row) throw matchNotFound();
  return row;
}

/** Matches still going on (中断 and 終了 are not): the open list and ホーム's reminders. */
export const openMatchStatuses = [
  'proposed',
  'visited',
  'trial',
  'participating',
  'settled',
] as const satisfies readonly MatchStatus[];

/** 終了 is final: a new match is made if the person comes back to the resource. */
export function refuseEndedMatch(row: ParticipationMatchRow): void {
  if (row.status === 'ended') {
    throw new AppError(
      'CONFLICT',
      '終了した参加支援の記録は変更できません。再び参加する場合は、新しく提案してください。',
    );
  }
}
