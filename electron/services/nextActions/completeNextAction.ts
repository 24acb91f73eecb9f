import { withTransaction, type Db } from '../../../db/database';
import {
  findNextActionById,
  markNextActionDone,
} from '../../../db/repositories/nextActionRepository';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { stampFor } from '../../../db/repositories/stamp';
import type { NextActionDue } from '../../contract/schemas/caseWork';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { findVisibleCase } from '../cases/visibleRecords';
import { nextActionDuesOf } from './nextActionDues';
import { nextActionAlreadyDone, nextActionNotFound } from './nextActionErrors';

/**
 * Marks a dated 次の対応 done, by the actor, now: its staff member from ホーム, or anyone who may
 * write on the case (a colleague who did it for them). Done once: a second time is refused with
 * who did it. Audited on the note.
 */
export function completeNextAction(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'nextAction.complete'>,
): NextActionDue {
  return withTransaction(db, (tx) => {
    const row = findNextActionById(tx, input.id);
    if (!row || !findVisibleCase(tx, actor, row.caseId)) throw nextActionNotFound();
    if (row.doneBy !== null) {
      throw nextActionAlreadyDone(findStaffById(tx, row.doneBy)?.displayName ?? null);
    }
    const at = clock.now();
    markNextActionDone(tx, row.id, stampFor(at, actor.staffId));
    appendAudit(tx, {
      at,
      actor,
      action: 'nextAction.complete',
      target: { type: 'note', id: row.noteId },
      detail: { caseId: row.caseId, on: row.dueOn },
    });
    const done = nextActionDuesOf(tx, [row.noteId]).get(row.noteId);
    if (!done) throw nextActionNotFound();
    return done;
  });
}
