import { withTransaction, type Db } from '../../../db/database';
import { stampFor } from '../../../db/repositories/stamp';
import { findCaseById, updateCase } from '../../../db/repositories/supportCaseRepository';
import type { CaseDetail } from '../../contract/schemas/caseWork';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { caseNotFound } from './caseAccess';
import { buildCaseDetail } from './caseDetail';
import { invalidField } from './caseErrors';
import { todayInJapan } from './japanDate';
import { requireVisibleCase } from './visibleRecords';

/**
 * 終結: stage 終結 with the date and reason. The date may not be before 受付日 nor in the future.
 * Closing a closed case again corrects its date and reason.
 */
export function closeCase(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'case.close'>,
): CaseDetail {
  const today = todayInJapan(clock);
  if (input.closedOn > today) throw invalidField('closedOn', '終結日に未来の日付は入力できません');
  return withTransaction(db, (tx) => {
    const row = requireVisibleCase(tx, actor, input.id);
    if (input.closedOn < row.receivedOn) {
      throw invalidField('closedOn', '終結日は受付日より前にできません');
    }
    const at = clock.now();
    updateCase(
      tx,
      row.id,
      { stage: 'closed', closedOn: input.closedOn, closeReason: input.closeReason },
      stampFor(at, actor.staffId),
    );
    appendAudit(tx, {
      at,
      actor,
      action: 'case.close',
      target: { type: 'case', id: row.id },
      detail: { previousStage: row.stage },
    });
    const after = findCaseById(tx, row.id);
    if (!after) throw caseNotFound();
    return buildCaseDetail(tx, after, today);
  });
}
