import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import { findAgencyById } from '../../../db/repositories/agencyRepository';
import {
  contactsOfTarget,
  insertOutreachTarget,
  updateOutreachTarget,
  type OutreachTargetValues,
} from '../../../db/repositories/outreachRepository';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { stampFor } from '../../../db/repositories/stamp';
import type { OutreachView } from '../../contract/schemas/outreach';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { invalidField } from '../cases/caseErrors';
import { changedKeys } from '../cases/changedKeys';
import { todayInJapan } from '../cases/japanDate';
import { requireVisiblePerson } from '../cases/visibleRecords';
import type { Clock } from '../clock';
import { nameKey } from '../text/normalize';
import { refuseClosedTarget, requireVisibleTarget } from './outreachAccess';
import { reloadOutreachView } from './outreachReads';

type TargetFields = ParsedInput<'outreach.create'>;

/** The record's references must exist (and a linked person be visible); 把握日 not in the future. */
function checkTargetFields(db: ReadDb, actor: Actor, input: TargetFields, today: string): void {
  if (input.raisedOn > today) throw invalidField('raisedOn', '把握日に未来の日付は入力できません');
  if (input.personId !== null) requireVisiblePerson(db, actor, input.personId);
  if (input.raisedByAgencyId !== null && !findAgencyById(db, input.raisedByAgencyId)) {
    throw invalidField('raisedByAgencyId', '関係機関が見つかりません');
  }
  if (input.mainStaffId !== null && !findStaffById(db, input.mainStaffId)?.active) {
    throw invalidField('mainStaffId', '主担当には在職中の職員を選んでください');
  }
}

function targetValues(input: TargetFields): Omit<OutreachTargetValues, 'stage'> {
  return { ...input, nameKey: nameKey(input.name) };
}

/** 把握: records someone known of before any case, at stage 把握. */
export function createOutreach(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'outreach.create'>,
): OutreachView {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    checkTargetFields(tx, actor, input, today);
    const at = clock.now();
    const row = insertOutreachTarget(
      tx,
      { ...targetValues(input), stage: 'identified' },
      stampFor(at, actor.staffId),
    );
    appendAudit(tx, {
      at,
      actor,
      action: 'outreach.create',
      target: { type: 'outreach', id: row.id },
      detail: { personId: row.personId, mainStaffId: row.mainStaffId },
    });
    return reloadOutreachView(tx, actor, row.id, today);
  });
}

/**
 * Changes what is known about a target (not its stage). Refused after 支援へ移行 or 終了; 把握日 may
 * not move after the first contact. The audit names the fields changed.
 */
export function updateOutreach(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'outreach.update'>,
): OutreachView {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    const row = requireVisibleTarget(tx, actor, input.id);
    refuseClosedTarget(row);
    const { id, ...fields } = input;
    checkTargetFields(tx, actor, fields, today);
    const firstContact = contactsOfTarget(tx, id).at(-1);
    if (firstContact && fields.raisedOn > firstContact.contactedOn) {
      throw invalidField('raisedOn', '把握日は最初の接触日より後にできません');
    }
    const values = targetValues(fields);
    const changed = changedKeys(row, values).filter((key) => key !== 'nameKey');
    if (changed.length > 0) {
      const at = clock.now();
      updateOutreachTarget(tx, id, values, stampFor(at, actor.staffId));
      appendAudit(tx, {
        at,
        actor,
        action: 'outreach.update',
        target: { type: 'outreach', id },
        detail: { fields: changed },
      });
    }
    return reloadOutreachView(tx, actor, id, today);
  });
}
