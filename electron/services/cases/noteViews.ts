import type { ProgressNoteRow } from '../../../db/schema';
import type { NoteView } from '../../contract/schemas/caseWork';

/** A 経過記録 as the timeline shows it, with the writer's name. */
export function toNoteView(row: { note: ProgressNoteRow; staffName: string | null }): NoteView {
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
  };
}
