import type { ReadDb } from '../../../db/database';
import { nextActionsOfNotes } from '../../../db/repositories/nextActionRepository';
import type { NextActionDue } from '../../contract/schemas/caseWork';

/** The dated 次の対応 of these notes, by note id, read in one query. */
export function nextActionDuesOf(
  db: ReadDb,
  noteIds: readonly number[],
): Map<number, NextActionDue> {
  return new Map(
    nextActionsOfNotes(db, noteIds).map(({ row, staffName, doneByName }) => [
      row.noteId,
      {
        id: row.id,
        dueOn: row.dueOn,
        staffId: row.staffId,
        staffName,
        doneAt: row.doneAt,
        doneByName,
      },
    ]),
  );
}
