import { withTransaction, type Db } from '../../../db/database';
import { findAgencyById } from '../../../db/repositories/agencyRepository';
import {
  insertOutreachContact,
  updateOutreachTarget,
} from '../../../db/repositories/outreachRepository';
import { stampFor } from '../../../db/repositories/stamp';
import type { OutreachResult } from '../../contract/communityCodes';
import type { OutreachView } from '../../contract/schemas/outreach';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { invalidField } from '../cases/caseErrors';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { refuseClosedTarget, requireVisibleTarget } from './outreachAccess';
import { reloadOutreachView } from './outreachReads';

/**
 * Whether a contact reached the person: met, refused to their face, or through an agency. An
 * attempt that found nobody (不在) is recorded but is not yet 接触.
 */
export function reachedPerson(result: OutreachResult): boolean {
  return result !== 'absent';
}

/**
 * Records a contact (or attempt) by the acting staff member. The first one that reaches the
 * person moves 把握 to 接触 in the same transaction. Refused after 支援へ移行 or 終了, in the future,
 * or before 把握.
 */
export function addOutreachContact(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'outreach.addContact'>,
): OutreachView {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    const row = requireVisibleTarget(tx, actor, input.targetId);
    refuseClosedTarget(row);
    if (input.contactedOn > today) {
      throw invalidField('contactedOn', '接触日に未来の日付は入力できません');
    }
    if (input.contactedOn < row.raisedOn) {
      throw invalidField('contactedOn', '接触日は把握日以降の日付にしてください');
    }
    if (input.viaAgencyId !== null && !findAgencyById(tx, input.viaAgencyId)) {
      throw invalidField('viaAgencyId', '関係機関が見つかりません');
    }
    const at = clock.now();
    const stamp = stampFor(at, actor.staffId);
    const contact = insertOutreachContact(tx, { ...input, staffId: actor.staffId }, stamp);
    const movesOn = row.stage === 'identified' && reachedPerson(input.result);
    if (movesOn) updateOutreachTarget(tx, row.id, { stage: 'contacted' }, stamp);
    appendAudit(tx, {
      at,
      actor,
      action: 'outreach.addContact',
      target: { type: 'outreach', id: row.id },
      detail: {
        contactId: contact.id,
        method: input.method,
        result: input.result,
        ...(movesOn && { stage: { from: row.stage, to: 'contacted' } }),
      },
    });
    return reloadOutreachView(tx, actor, row.id, today);
  });
}
