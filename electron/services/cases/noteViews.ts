import type { ReadDb } from '../../../db/database';
import type { ProgressNoteRow } from '../../../db/schema';
import type { NextActionDue, NoteView } from '../../contract/schemas/caseWork';
import { nextActionDuesOf } from '../nextActions/nextActionDues';

type NoteRow = { note: ProgressNoteRow; staffName: string | null };

/** A 経過記録 as the timeline shows it, with the writer's name and its dated 次の対応. */
export function toNoteView(row: NoteRow, due: NextActionDue | null): NoteView {
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
  };
}

/** Notes as the timeline shows them, their dated 次の対応 read in one query. */
export function noteViewsOf(db: ReadDb, rows: readonly NoteRow[]): NoteView[] {
  const dues = nextActionDuesOf(
    db,
    rows.map((row) => row.note.id),
  );
  return rows.map((row) => toNoteView(row, dues.get(row.note.id) ?? null));
}
