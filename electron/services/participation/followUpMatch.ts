import { withTransaction, type Db } from '../../../db/database';
import { insertFollowup, updateMatch } from '../../../db/repositories/participationRepository';
import { stampFor } from '../../../db/repositories/stamp';
import type { MatchView } from '../../contract/schemas/participation';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { invalidField } from '../cases/caseErrors';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { refuseEndedMatch, requireVisibleMatch } from './matchAccess';
import { reloadMatchView } from './matchReads';
import { statusPatch } from './matchStatusRules';

/**
 * Records a follow-up (how the person and the host are doing) by the acting staff member, and
 * moves the status when `statusTo` differs from the current one (by the rules of
 * matchStatusRules.ts), in one transaction: the follow-up row keeps the status it moved to, so the
 * history of a match reads from its follow-ups. Refused once 終了, in the future or before 提案.
 */
export function followUpMatch(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'match.followUp'>,
): MatchView {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    const row = requireVisibleMatch(tx, actor, input.matchId);
    refuseEndedMatch(row);
    if (input.followedOn > today) {
      throw invalidField('followedOn', 'フォローアップ日に未来の日付は入力できません');
    }
    if (input.followedOn < row.proposedOn) {
      throw invalidField('followedOn', 'フォローアップ日は提案日以降の日付にしてください');
    }
    // Choosing the status it already has is no change.
    const statusTo = input.statusTo === row.status ? null : input.statusTo;
    const at = clock.now();
    const stamp = stampFor(at, actor.staffId);
    const patch = statusTo === null ? null : statusPatch(row, statusTo, input.followedOn);
    const followup = insertFollowup(tx, { ...input, statusTo, staffId: actor.staffId }, stamp);
    if (patch !== null) updateMatch(tx, row.id, patch, stamp);
    appendAudit(tx, {
      at,
      actor,
      action: 'match.followUp',
      target: { type: 'match', id: row.id },
      detail: {
        followupId: followup.id,
        ...(statusTo !== null && { status: { from: row.status, to: statusTo } }),
      },
    });
    return reloadMatchView(tx, actor, row.id, today);
  });
}
