import { desc, eq, inArray } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { progressNote, staff, type ProgressNoteRow } from '../schema';
import { createdColumns, updatedColumns, type Stamp, type StampColumn } from './stamp';

export type NoteValues = Omit<typeof progressNote.$inferInsert, 'id' | StampColumn>;
/** What a correction may change (the case and the writer stay). */
export type NotePatch = Omit<NoteValues, 'caseId' | 'staffId'>;

export function insertNote(tx: WriteTx, values: NoteValues, stamp: Stamp): ProgressNoteRow {
  return tx
    .insert(progressNote)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
}

export function updateNote(tx: WriteTx, id: number, patch: NotePatch, stamp: Stamp): void {
  tx.update(progressNote)
    .set({ ...patch, ...updatedColumns(stamp) })
    .where(eq(progressNote.id, id))
    .run();
}

export function findNoteById(db: ReadDb, id: number): ProgressNoteRow | undefined {
  return db.select().from(progressNote).where(eq(progressNote.id, id)).get();
}

/** Notes of the given cases with the writer's name, newest first; at most `limit` when given. */
export function notesOfCases(db: ReadDb, caseIds: readonly number[], limit?: number) {
  if (caseIds.length === 0) return [];
  const query = db
    .select({ note: progressNote, staffName: staff.displayName })
    .from(progressNote)
    .leftJoin(staff, eq(staff.id, progressNote.staffId))
    .where(inArray(progressNote.caseId, [...caseIds]))
    .orderBy(desc(progressNote.occurredAt), desc(progressNote.id));
  return limit === undefined ? query.all() : query.limit(limit).all();
}
