import { withTransaction, type Db, type WriteTx } from '../../../db/database';
import {
  findNoteById,
  insertNote,
  notesOfCases,
  updateNote as writeNote,
  withdrawNoteRow,
} from '../../../db/repositories/progressNoteRepository';
import {
  deleteOpenNextAction,
  findNextActionOfNote,
} from '../../../db/repositories/nextActionRepository';
import { stampFor } from '../../../db/repositories/stamp';
import type { ProgressNoteRow } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import type { NoteView } from '../../contract/schemas/caseWork';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { currentVersion, keepRevision } from '../history/keepRevision';
import { noteContent } from '../history/recordContents';
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
      detail: { caseId: input.caseId, revision: 1 },
    });
    return reloadNote(tx, row);
  });
}

/** A note of a case the actor may see; a hidden case's note is missing, so nothing leaks. */
function requireVisibleNote(tx: WriteTx, actor: Actor, id: number): ProgressNoteRow {
  const note = findNoteById(tx, id);
  if (!note || !findVisibleCase(tx, actor, note.caseId)) throw noteNotFound();
  return note;
}

function refuseWithdrawn(note: ProgressNoteRow, doing: string): void {
  if (note.withdrawnAt !== null) {
    throw new AppError('CONFLICT', `取り消した経過記録は${doing}できません。`);
  }
}

function reloadNote(tx: WriteTx, note: ProgressNoteRow): NoteView {
  const row = notesOfCases(tx, [note.caseId]).find((r) => r.note.id === note.id);
  const [view] = row ? noteViewsOf(tx, [row]) : [];
  if (!view) throw noteNotFound();
  return view;
}

/**
 * Corrects a 経過記録 of a case the actor may see, with its dated 次の対応. The version it
 * replaces is kept (訂正履歴) in the same transaction; the writer stays the original one; the
 * correction is stamped with the actor and the audit names the fields changed and the version
 * made. A withdrawn note is refused; a save that changes nothing writes nothing.
 */
export function updateNote(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'note.update'>,
): NoteView {
  return withTransaction(db, (tx) => {
    const before = requireVisibleNote(tx, actor, input.id);
    refuseWithdrawn(before, '訂正');
    const { id, nextActionOn, nextActionStaffId, ...patch } = input;
    const content = noteContent(tx, before);
    const stamp = stampFor(clock.now(), actor.staffId);
    const dueChanged = setNoteNextAction(tx, before, { nextActionOn, nextActionStaffId }, stamp);
    const fields = [...changedKeys(before, patch), ...dueChanged];
    if (fields.length === 0) return reloadNote(tx, before);
    const revision = keepRevision(tx, {
      record: 'note',
      recordId: id,
      content,
      written: { at: before.updatedAt, by: before.updatedBy },
      replaced: stamp,
    });
    writeNote(tx, id, patch, stamp);
    appendAudit(tx, {
      at: new Date(stamp.at),
      actor,
      action: 'note.update',
      target: { type: 'note', id },
      detail: { caseId: before.caseId, fields, revision },
    });
    return reloadNote(tx, before);
  });
}

/**
 * 取消 of a 経過記録 written in error: the note stays in the timeline and in its 訂正履歴,
 * marked withdrawn with who, when and the reason; its open 次の対応 is taken off ホーム. Notes
 * are never deleted (a trigger refuses).
 */
export function withdrawNote(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'note.withdraw'>,
): NoteView {
  return withTransaction(db, (tx) => {
    const note = requireVisibleNote(tx, actor, input.id);
    refuseWithdrawn(note, '重ねて取消');
    const at = clock.now();
    const stamp = stampFor(at, actor.staffId);
    // A withdrawn note's open 次の対応 is nobody's task any more: it leaves ホーム, and the
    // version that still had its date is kept first.
    const open = findNextActionOfNote(tx, note.id);
    if (open && open.doneAt === null) {
      keepRevision(tx, {
        record: 'note',
        recordId: note.id,
        content: noteContent(tx, note),
        written: { at: note.updatedAt, by: note.updatedBy },
        replaced: stamp,
      });
      deleteOpenNextAction(tx, open.id);
    }
    withdrawNoteRow(tx, note.id, { at: stamp.at, by: actor.staffId, reason: input.reason });
    appendAudit(tx, {
      at,
      actor,
      action: 'note.withdraw',
      target: { type: 'note', id: note.id },
      detail: { caseId: note.caseId, revision: currentVersion(tx, 'note', note.id) },
    });
    return reloadNote(tx, note);
  });
}
