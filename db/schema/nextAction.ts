import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { stampColumns } from './columns';
import { progressNote } from './progressNote';
import { staff } from './staff';
import { supportCase } from './supportCase';

/**
 * 次の対応 with a date: the note's 次の対応 text, due on a day, for one staff member, until it is
 * done (by whom, when). Kept apart from the note so that marking it done is not a correction of
 * the record; one per note.
 */
export const nextAction = sqliteTable(
  'next_action',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    noteId: integer('note_id')
      .notNull()
      .references(() => progressNote.id),
    /** The note's case, kept here so that ホーム filters by 閲覧制限 without the note. */
    caseId: integer('case_id')
      .notNull()
      .references(() => supportCase.id),
    /** `YYYY-MM-DD`, a date in Japan. */
    dueOn: text('due_on').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    /** ISO UTC when marked done; null while open. */
    doneAt: text('done_at'),
    doneBy: integer('done_by').references(() => staff.id),
    ...stampColumns,
  },
  (t) => [
    uniqueIndex('next_action_note').on(t.noteId),
    // ホーム: one staff member's open items due up to today, oldest first.
    index('next_action_open')
      .on(t.staffId, t.dueOn)
      .where(sql`${t.doneAt} is null`),
  ],
);

export type NextActionRow = typeof nextAction.$inferSelect;
