import type { CloseReason } from '../../contract/caseCodes';
import type { WriteTx } from '../../../db/database';
import { stampFor } from '../../../db/repositories/stamp';
import { updateCase as writeCase } from '../../../db/repositories/supportCaseRepository';
import type { SupportCaseRow } from '../../../db/schema';
import type { Stage } from '../../contract/caseCodes';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { keepCaseRevision } from '../history/caseRevision';

/** The reason a case closed by a plan's 終結 evaluation shows. */
export const closedByEvaluationReason = 'プラン評価により終結';

// The stages before support starts: a confirmed plan means support has started.
const beforeSupport: readonly Stage[] = ['intake', 'assessment', 'planning'];

/**
 * What a plan's confirmation or evaluation does to its case, in the caller's transaction. Each
 * change is audited on the case as well, so the case's own history shows it and why (planId).
 */
export type CaseEffect =
  | { kind: 'startSupport' }
  | {
      kind: 'close';
      closedOn: string;
      closeReasonCode: CloseReason | null;
      closeReasonNote: string;
    }
  | { kind: 'suspend'; suspendedOn: string };

export function applyCaseEffect(
  tx: WriteTx,
  actor: Actor,
  at: Date,
  caseRow: SupportCaseRow,
  planId: number,
  effect: CaseEffect,
): void {
  const stamp = stampFor(at, actor.staffId);
  const target = { type: 'case' as const, id: caseRow.id };
  if (effect.kind === 'startSupport' && !beforeSupport.includes(caseRow.stage)) return;
  // The header as it read before this change is kept (訂正履歴), as case.update does.
  const revision = keepCaseRevision(tx, caseRow, stamp);
  switch (effect.kind) {
    case 'startSupport':
      writeCase(tx, caseRow.id, { stage: 'support' }, stamp);
      appendAudit(tx, {
        at,
        actor,
        action: 'case.update',
        target,
        detail: { fields: ['stage'], planId, revision },
      });
      return;
    case 'close':
      writeCase(
        tx,
        caseRow.id,
        {
          stage: 'closed',
          closedOn: effect.closedOn,
          closeReasonCode: effect.closeReasonCode,
          closeReason:
            effect.closeReasonNote === ''
              ? closedByEvaluationReason
              : `${closedByEvaluationReason}：${effect.closeReasonNote}`.slice(0, 200),
        },
        stamp,
      );
      appendAudit(tx, {
        at,
        actor,
        action: 'case.close',
        target,
        detail: { previousStage: caseRow.stage, planId, revision },
      });
      return;
    case 'suspend':
      writeCase(tx, caseRow.id, { stage: 'suspended', suspendedOn: effect.suspendedOn }, stamp);
      appendAudit(tx, {
        at,
        actor,
        action: 'case.update',
        target,
        detail: { fields: ['stage'], planId, revision },
      });
      return;
  }
}
