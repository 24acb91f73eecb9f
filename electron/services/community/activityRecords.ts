import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import {
  findActivityById,
  insertActivity,
  listActivityRows,
  updateActivity as writeActivity,
  type ActivityListRow,
} from '../../../db/repositories/activityRepository';
import { stampFor } from '../../../db/repositories/stamp';
import { AppError } from '../../contract/errors';
import type { ActivityView } from '../../contract/schemas/activity';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { invalidField } from '../cases/caseErrors';
import { changedKeys } from '../cases/changedKeys';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';

function activityNotFound(): AppError {
  return new AppError('NOT_FOUND', '地域づくりの記録が見つかりません。');
}

function toActivityView(row: ActivityListRow): ActivityView {
  return {
    id: row.id,
    heldOn: row.heldOn,
    name: row.name,
    kind: row.kind,
    place: row.place,
    district: row.district,
    organisers: row.organisers,
    participants: row.participants,
    participantsElderly: row.participantsElderly,
    participantsDisability: row.participantsDisability,
    participantsChildren: row.participantsChildren,
    participantsOther: row.participantsOther,
    organisations: row.organisations,
    note: row.note,
    staffName: row.staffName,
  };
}

function reloadActivity(db: ReadDb, id: number): ActivityView {
  const row = findActivityById(db, id);
  if (!row) throw activityNotFound();
  return toActivityView(row);
}

/** An activity is recorded after it took place, with its participants counted. */
function refuseFutureDay(heldOn: string, today: string): void {
  if (heldOn > today) throw invalidField('heldOn', '開催日に未来の日付は入力できません');
}

/**
 * 地域づくり: records an activity with its participants (counts only, the groups within the total
 * as the contract checks), by the acting staff member.
 */
export function createActivity(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'activity.create'>,
): ActivityView {
  refuseFutureDay(input.heldOn, todayInJapan(clock));
  return withTransaction(db, (tx) => {
    const at = clock.now();
    const row = insertActivity(
      tx,
      { ...input, staffId: actor.staffId },
      stampFor(at, actor.staffId),
    );
    appendAudit(tx, {
      at,
      actor,
      action: 'activity.create',
      target: { type: 'activity', id: row.id },
      detail: { kind: row.kind },
    });
    return reloadActivity(tx, row.id);
  });
}

/** Saves an activity as a whole (its recorder stays); the audit names the fields changed. */
export function updateActivity(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'activity.update'>,
): ActivityView {
  refuseFutureDay(input.heldOn, todayInJapan(clock));
  return withTransaction(db, (tx) => {
    const { id, ...values } = input;
    const row = findActivityById(tx, id);
    if (!row) throw activityNotFound();
    const changed = changedKeys(row, values);
    if (changed.length > 0) {
      const at = clock.now();
      writeActivity(tx, id, values, stampFor(at, actor.staffId));
      appendAudit(tx, {
        at,
        actor,
        action: 'activity.update',
        target: { type: 'activity', id },
        detail: { fields: changed },
      });
    }
    return reloadActivity(tx, id);
  });
}

/** One activity (not audited: counts only, no personal data). */
export function getActivity(db: ReadDb, input: ParsedInput<'activity.get'>): ActivityView {
  return reloadActivity(db, input.id);
}

/** Activities held in the period (both ends included) and of the kind, newest first. */
export function listActivities(db: ReadDb, input: ParsedInput<'activity.list'>): ActivityView[] {
  return listActivityRows(db, input).map(toActivityView);
}
