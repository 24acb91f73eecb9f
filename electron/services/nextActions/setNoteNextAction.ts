import type { WriteTx } from '../../../db/database';
import {
  deleteOpenNextAction,
  findNextActionOfNote,
  insertNextAction,
  updateNextAction,
} from '../../../db/repositories/nextActionRepository';
import { findStaffById } from '../../../db/repositories/staffRepository';
import type { Stamp } from '../../../db/repositories/stamp';
import type { ProgressNoteRow } from '../../../db/schema';
import type { Actor } from '../audit/actor';
import { invalidField } from '../cases/caseErrors';
import { findVisibleCase } from '../cases/visibleRecords';
import { doneNextActionFixed } from './nextActionErrors';

/** What the note form asks for: a date (none: no dated item) and a staff member (none: default). */
export type WantedNextAction = { nextActionOn: string | null; nextActionStaffId: number | null };

/**
 * The staff member must be able to do it: an active 相談員 or 管理者 who may see the case
 * (a 閲覧制限 case's item given to someone outside it would be an item nobody sees).
 */
function requireAssignee(tx: WriteTx, staffId: number, caseId: number): void {
  const row = findStaffById(tx, staffId);
  const assignee: Actor | undefined = row && {
    staffId: row.id,
    login: row.login,
    displayName: row.displayName,
    role: row.role,
  };
  if (
    !row?.active ||
    row.role === 'viewer' ||
    !assignee ||
    !findVisibleCase(tx, assignee, caseId)
  ) {
    throw invalidField('nextActionStaffId', 'この職員はこのケースの次の対応を担当できません');
  }
}

/**
 * Gives a note's 次の対応 the date and staff member asked for (default: the one it has, else the
 * note's writer), or takes an open item's date off. A done item stays as it was done. Returns
 * the audit field names that changed.
 */
export function setNoteNextAction(
  tx: WriteTx,
  note: ProgressNoteRow,
  wanted: WantedNextAction,
  stamp: Stamp,
): string[] {
  const current = findNextActionOfNote(tx, note.id);
  const staffId = wanted.nextActionStaffId ?? current?.staffId ?? note.staffId ?? stamp.by;
  if (current?.doneAt) {
    const same =
      wanted.nextActionOn === current.dueOn &&
      (wanted.nextActionStaffId === null || wanted.nextActionStaffId === current.staffId);
    if (!same) throw doneNextActionFixed();
    return [];
  }
  if (wanted.nextActionOn === null) {
    if (!current) return [];
    deleteOpenNextAction(tx, current.id);
    return ['nextActionOn', 'nextActionStaffId'];
  }
  if (!current || current.staffId !== staffId) requireAssignee(tx, staffId, note.caseId);
  if (!current) {
    insertNextAction(
      tx,
      { noteId: note.id, caseId: note.caseId, dueOn: wanted.nextActionOn, staffId },
      stamp,
    );
    return ['nextActionOn', 'nextActionStaffId'];
  }
  const changed = [
    ...(current.dueOn === wanted.nextActionOn ? [] : ['nextActionOn']),
    ...(current.staffId === staffId ? [] : ['nextActionStaffId']),
  ];
  if (changed.length > 0) {
    updateNextAction(tx, current.id, { dueOn: wanted.nextActionOn, staffId }, stamp);
  }
  return changed;
}
