import type { ReadDb } from '../../../db/database';
import type { NoteRowWithNames } from '../../../db/repositories/progressNoteRepository';
import { revisionCounts } from '../../../db/repositories/recordRevisionRepository';
import type { NextActionDue, NoteView } from '../../contract/schemas/caseWork';
import { nextActionDuesOf } from '../nextActions/nextActionDues';

/**
 * A 経過記録 as the timeline shows it, with the writer's name, its dated 次の対応, its version
 * (how many times corrected) and its 取消.
 */
export function toNoteView(row: NoteRowWithNames, due: NextActionDue | null, kept = 0): NoteView {
  const { note } = row;
  return {
    id: note.id,
    caseId: note.caseId,
    occurredAt: note.occurredAt,
    means: note.means,
    counterpart: note.counterpart,
    staffId: note.staffId,
    staffName: row.staffName,
    facts: note.facts,
    assessment: note.assessment,
    nextAction: note.nextAction,
    minutes: note.minutes,
    nextActionDue: due,
    version: kept + 1,
    withdrawn:
      note.withdrawnAt === null
        ? null
        : { at: note.withdrawnAt, byName: row.withdrawnByName, reason: note.withdrawnReason },
  };
}

/** Notes as the timeline shows them, their dated 次の対応 and versions read in one query each. */
export function noteViewsOf(db: ReadDb, rows: readonly NoteRowWithNames[]): NoteView[] {
  const ids = rows.map((row) => row.note.id);
  const dues = nextActionDuesOf(db, ids);
  const kept = revisionCounts(db, 'note', ids);
  return rows.map((row) => toNoteView(row, dues.get(row.note.id) ?? null, kept.get(row.note.id)));
}
