import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import { findConsentById } from '../../../db/repositories/consentRepository';
import { findNoteById } from '../../../db/repositories/progressNoteRepository';
import type { RevisedRecord } from '../../contract/historyCodes';
import type { RecordHistory } from '../../contract/schemas/history';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { consentNotFound, noteNotFound } from '../cases/caseErrors';
import { findVisibleCase, requireVisibleCase } from '../cases/visibleRecords';
import type { Clock } from '../clock';
import { requireVisiblePlan } from '../plans/planAccess';
import { readHistory, type CurrentRecord } from './readHistory';
import { caseContent, consentContent, noteContent, planContent } from './recordContents';

type Input = ParsedInput<'note.history'>;
type Reader = (db: Db, actor: Actor, clock: Clock, input: Input) => RecordHistory;

const auditActionOf = {
  note: 'note.history',
  case: 'case.history',
  consent: 'consent.history',
  plan: 'plan.history',
} as const satisfies Record<RevisedRecord, string>;

/**
 * Reads a record's 訂正履歴 after `find` has checked the actor may see it (a record of a hidden
 * case is NOT_FOUND, as the record itself is), and audits the view in the same transaction.
 */
function historyReader(find: (db: ReadDb, actor: Actor, id: number) => CurrentRecord): Reader {
  return (db, actor, clock, input) =>
    withTransaction(db, (tx) => {
      const current = find(tx, actor, input.id);
      const history = readHistory(tx, current);
      const version = history.versions.at(-1)?.version ?? 1;
      appendAudit(tx, {
        at: clock.now(),
        actor,
        action: auditActionOf[current.record],
        target: { type: current.record, id: current.id },
        detail: { caseId: current.caseId, revision: version },
      });
      return history;
    });
}

/** A 経過記録's 訂正履歴, with its 取消 if withdrawn. */
export const noteHistory = historyReader((db, actor, id) => {
  const note = findNoteById(db, id);
  if (!note || !findVisibleCase(db, actor, note.caseId)) throw noteNotFound();
  return {
    record: 'note',
    id,
    caseId: note.caseId,
    content: noteContent(db, note),
    written: { at: note.updatedAt, by: note.updatedBy },
    withdrawn:
      note.withdrawnAt === null
        ? null
        : { at: note.withdrawnAt, by: note.withdrawnBy, reason: note.withdrawnReason },
  };
});

/** A case header's 訂正履歴. */
export const caseHistory = historyReader((db, actor, id) => {
  const row = requireVisibleCase(db, actor, id);
  return {
    record: 'case',
    id,
    caseId: id,
    content: caseContent(db, row),
    written: { at: row.updatedAt, by: row.updatedBy },
    withdrawn: null,
  };
});

/** A 本人同意 record's 訂正履歴. */
export const consentHistory = historyReader((db, actor, id) => {
  const row = findConsentById(db, id);
  if (!row || !findVisibleCase(db, actor, row.caseId)) throw consentNotFound();
  return {
    record: 'consent',
    id,
    caseId: row.caseId,
    content: consentContent(db, row),
    written: { at: row.updatedAt, by: row.updatedBy },
    withdrawn: null,
  };
});

/** A plan version's 訂正履歴 (its saves while it was a 案). */
export const planHistory = historyReader((db, actor, id) => {
  const { plan } = requireVisiblePlan(db, actor, id);
  return {
    record: 'plan',
    id,
    caseId: plan.caseId,
    content: planContent(db, plan),
    written: { at: plan.updatedAt, by: plan.updatedBy },
    withdrawn: null,
  };
});
