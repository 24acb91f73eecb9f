import type { Db } from '../../../db/database';
import type { NoteView } from '../../contract/schemas/caseWork';
import type { PrintedDocument } from '../../contract/schemas/print';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import type { Clock } from '../clock';
import { progressNotesHtml, progressNotesTitle, type NoteRange } from './forms/progressNotesHtml';
import { printCaseDocument, type PrintOptions } from './printCaseDocument';
import { localDateOf } from '../../contract/japaneseDate/japanTime';

/** The notes whose date (Japan time, as written) falls in the range, both ends included. */
export function notesInRange(notes: readonly NoteView[], range: NoteRange): NoteView[] {
  return notes.filter((note) => {
    const date = localDateOf(note.occurredAt);
    return (range.from === null || date >= range.from) && (range.to === null || date <= range.to);
  });
}

/** 経過記録 of a case the actor may see, for all dates or a range; audited with the range. */
export function printNotes(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'print.notes'>,
  options: PrintOptions = { format: 'html' },
): PrintedDocument {
  const range: NoteRange = { from: input.from ?? null, to: input.to ?? null };
  return printCaseDocument(
    db,
    actor,
    clock,
    { caseId: input.caseId, action: 'print.notes', options },
    ({ detail, ctx }) => {
      const notes = notesInRange(detail.notes, range);
      return {
        document: {
          title: `${progressNotesTitle}（${detail.caseNumber}）`,
          html: progressNotesHtml(detail, notes, range, ctx),
        },
        auditDetail: { from: range.from, to: range.to, notes: notes.length },
      };
    },
  );
}
