import { desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ReadDb, WriteTx } from '../database';
import { progressNote, staff, type ProgressNoteRow } from '../schema';
import { createdColumns, updatedColumns, type Stamp, type StampColumn } from './stamp';

export type NoteValues = Omit<typeof progressNote.$inferInsert, 'id' | StampColumn>;
/** What a correction may change (the case and the writer stay; 取消 is its own write). */
export type NotePatch = Omit<
  NoteValues,
  'caseId' | 'staffId' | 'withdrawnAt' | 'withdrawnBy' | 'withdrawnReason'
>;

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

/** A note with the names of its writer and of whoever withdrew it (取消). */
export type NoteRowWithNames = {
  note: ProgressNoteRow;
  staffName: string | null;
  withdrawnByName: string | null;
};

const withdrawer = alias(staff, 'withdrawer');

/** Notes of the given cases with the writer's name, newest first; at most `limit` when given. */
export function notesOfCases(
  db: ReadDb,
  caseIds: readonly number[],
  limit?: number,
): NoteRowWithNames[] {
  if (caseIds.length === 0) return [];
  const query = db
    .select({
      note: progressNote,
      staffName: staff.displayName,
      withdrawnByName: withdrawer.displayName,
    })
    .from(progressNote)
    .leftJoin(staff, eq(staff.id, progressNote.staffId))
    .leftJoin(withdrawer, eq(withdrawer.id, progressNote.withdrawnBy))
    .where(inArray(progressNote.caseId, [...caseIds]))
    .orderBy(desc(progressNote.occurredAt), desc(progressNote.id));
  return limit === undefined ? query.all() : query.limit(limit).all();
}

/** 取消: marks a note withdrawn with who, when and why; its content and stamps stay. */
export function withdrawNoteRow(
  tx: WriteTx,
  id: number,
  withdrawal: { at: string; by: number; reason: string },
): void {
  tx.update(progressNote)
    .set({
      withdrawnAt: withdrawal.at,
      withdrawnBy: withdrawal.by,
      withdrawnReason: withdrawal.reason,
    })
    .where(eq(progressNote.id, id))
    .run();
}
