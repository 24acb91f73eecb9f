import type { CloseReason } from '../../contract/caseCodes';
import { withTransaction, type Db, type WriteTx } from '../../../db/database';
import { stampFor } from '../../../db/repositories/stamp';
import { findCaseById, updateCase } from '../../../db/repositories/supportCaseRepository';
import { endConfirmedPlansOfCase } from '../../../db/repositories/supportPlanRepository';
import type { SupportCaseRow } from '../../../db/schema';
import type { CaseDetail } from '../../contract/schemas/caseWork';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { keepCaseRevision } from '../history/caseRevision';
import { caseNotFound } from './caseAccess';
import { buildCaseDetail } from './caseDetail';
import { invalidField } from './caseErrors';
import { todayInJapan } from './japanDate';
import { requireVisibleCase } from './visibleRecords';
import type { AuditDetail } from '../../contract/audit/auditDetailKeys';

/** When and why a case closes: 終結理由 as a code (null: not chosen) and its 補足 in words. */
export type Closing = {
  closedOn: string;
  closeReasonCode: CloseReason | null;
  closeReason: string;
};

/**
 * Closes a case the caller has checked visible, inside the caller's transaction: the date may
 * not be before 受付日 nor after `today`; its 確定 plan ends with it (a closed case has no plan in
 * force). Shared by case.close and a meeting's 終結 decision; `detail` adds the caller's ids.
 */
export function closeCaseRow(
  tx: WriteTx,
  actor: Actor,
  at: Date,
  row: SupportCaseRow,
  closing: Closing,
  today: string,
  detail: AuditDetail = {},
): void {
  if (closing.closedOn > today) {
    throw invalidField('closedOn', '終結日に未来の日付は入力できません');
  }
  if (closing.closedOn < row.receivedOn) {
    throw invalidField('closedOn', '終結日は受付日より前にできません');
  }
  const stamp = stampFor(at, actor.staffId);
  const revision = keepCaseRevision(tx, row, stamp);
  updateCase(
    tx,
    row.id,
    {
      stage: 'closed',
      closedOn: closing.closedOn,
      closeReasonCode: closing.closeReasonCode,
      closeReason: closing.closeReason,
    },
    stamp,
  );
  const endedPlanIds = endConfirmedPlansOfCase(tx, row.id, 0, stamp);
  appendAudit(tx, {
    at,
    actor,
    action: 'case.close',
    target: { type: 'case', id: row.id },
    detail: {
      previousStage: row.stage,
      revision,
      ...(endedPlanIds.length > 0 ? { endedPlanIds } : {}),
      ...detail,
    },
  });
}

/**
 * 終結: stage 終結 with the date and reason, ending the case's 確定 plan. The date may not be
 * before 受付日 nor in the future. Closing a closed case again corrects its date and reason.
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
    closeCaseRow(tx, actor, clock.now(), row, input, today);
    const after = findCaseById(tx, row.id);
    if (!after) throw caseNotFound();
    return buildCaseDetail(tx, after, today);
  });
}
