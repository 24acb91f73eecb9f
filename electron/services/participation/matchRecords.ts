import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import {
  insertMatch,
  openMatchOf,
  updateMatch as writeMatch,
} from '../../../db/repositories/participationRepository';
import { findResourceById } from '../../../db/repositories/resourceRepository';
import { stampFor } from '../../../db/repositories/stamp';
import { AppError } from '../../contract/errors';
import type { MatchView } from '../../contract/schemas/participation';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { invalidField } from '../cases/caseErrors';
import { changedKeys } from '../cases/changedKeys';
import { todayInJapan } from '../cases/japanDate';
import { requireVisibleCase, requireVisiblePerson } from '../cases/visibleRecords';
import type { Clock } from '../clock';
import { openMatchStatuses, refuseEndedMatch, requireVisibleMatch } from './matchAccess';
import { reloadMatchView } from './matchReads';

type CreateInput = ParsedInput<'match.create'>;

/** The person and case must be visible and of one household; the resource active; no duplicate. */
function checkNewMatch(db: ReadDb, actor: Actor, input: CreateInput, today: string): void {
  if (input.proposedOn > today)
    throw invalidField('proposedOn', '提案日に未来の日付は入力できません');
  const personRow = requireVisiblePerson(db, actor, input.personId);
  if (input.caseId !== null) {
    const caseRow = requireVisibleCase(db, actor, input.caseId);
    // A household member may be matched under the household's case (8050: the son, the mother's case).
    if (caseRow.householdId !== personRow.householdId) {
      throw invalidField('caseId', 'この人物の世帯のケースを選んでください');
    }
  }
  const resourceRow = findResourceById(db, input.resourceId);
  if (!resourceRow) throw invalidField('resourceId', '社会資源が見つかりません');
  if (!resourceRow.active) throw invalidField('resourceId', '休止中の社会資源には提案できません');
  const open = openMatchOf(db, input.personId, input.resourceId, openMatchStatuses);
  if (open) {
    throw new AppError('CONFLICT', 'この人物は既にこの社会資源への参加支援が進行中です。');
  }
}

/** 参加支援: proposes a resource to a person (status 提案), by the acting staff member. */
export function createMatch(db: Db, actor: Actor, clock: Clock, input: CreateInput): MatchView {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    checkNewMatch(tx, actor, input, today);
    const at = clock.now();
    const row = insertMatch(
      tx,
      { ...input, status: 'proposed', staffId: actor.staffId },
      stampFor(at, actor.staffId),
    );
    appendAudit(tx, {
      at,
      actor,
      action: 'match.create',
      target: { type: 'match', id: row.id },
      detail: { personId: row.personId, caseId: row.caseId, resourceId: row.resourceId },
    });
    return reloadMatchView(tx, actor, row.id, today);
  });
}

/** Changes 受入先への支援 and the memo; refused once 終了. The audit names the fields changed. */
export function updateMatch(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'match.update'>,
): MatchView {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    const row = requireVisibleMatch(tx, actor, input.id);
    refuseEndedMatch(row);
    const { id, ...values } = input;
    const changed = changedKeys(row, values);
    if (changed.length > 0) {
      const at = clock.now();
      writeMatch(tx, id, values, stampFor(at, actor.staffId));
      appendAudit(tx, {
        at,
        actor,
        action: 'match.update',
        target: { type: 'match', id },
        detail: { fields: changed },
      });
    }
    return reloadMatchView(tx, actor, id, today);
  });
}
