import { withTransaction, type Db } from '../../../db/database';
import {
  findNoteById,
  insertNote,
  notesOfCases,
  updateNote as writeNote,
} from '../../../db/repositories/progressNoteRepository';
import { stampFor } from '../../../db/repositories/stamp';
import type { NoteView } from '../../contract/schemas/caseWork';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { setNoteNextAction } from '../nextActions/setNoteNextAction';
import { noteNotFound } from './caseErrors';
import { changedKeys } from './changedKeys';
import { noteViewsOf } from './noteViews';
import { findVisibleCase, requireVisibleCase } from './visibleRecords';

/**
 * Adds a 経過記録 to a case the actor may see, written by the actor; a 次の対応 with a date
 * becomes an item for its staff member (default: the writer).
 */
export function createNote(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'note.create'>,
): NoteView {
  return withTransaction(db, (tx) => {
    requireVisibleCase(tx, actor, input.caseId);
    const at = clock.now();
    const stamp = stampFor(at, actor.staffId);
    const { nextActionOn, nextActionStaffId, ...values } = input;
    const row = insertNote(tx, { ...values, staffId: actor.staffId }, stamp);
    setNoteNextAction(tx, row, { nextActionOn, nextActionStaffId }, stamp);
    appendAudit(tx, {
      at,
      actor,
      action: 'note.create',
      target: { type: 'note', id: row.id },
      detail: { caseId: input.caseId },
    });
    const [view] = noteViewsOf(tx, [{ note: row, staffName: actor.displayName }]);
    if (!view) throw noteNotFound();
    return view;
  });
}

/**
 * Corrects a 経過記録 of a case the actor may see. The writer stays the original one; the
 * correction is stamped with the actor and the audit names the fields changed.
 */
export function updateNote(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'note.update'>,
): NoteView {
  return withTransaction(db, (tx) => {
    const before = findNoteById(tx, input.id);
    // A note of a hidden case is refused as missing, so its existence does not leak.
    if (!before || !findVisibleCase(tx, actor, before.caseId)) throw noteNotFound();
    const { id, nextActionOn, nextActionStaffId, ...patch } = input;
    const at = clock.now();
    const stamp = stampFor(at, actor.staffId);
    writeNote(tx, id, patch, stamp);
    const dueChanged = setNoteNextAction(tx, before, { nextActionOn, nextActionStaffId }, stamp);
    appendAudit(tx, {
      at,
      actor,
      action: 'note.update',
      target: { type: 'note', id },
      detail: { caseId: before.caseId, fields: [...changedKeys(before, patch), ...dueChanged] },
    });
    const after = notesOfCases(tx, [before.caseId]).find((row) => row.note.id === id);
    if (!after) throw noteNotFound();
    const [view] = noteViewsOf(tx, [after]);
    if (!view) throw noteNotFound();
    return view;
  });
}
