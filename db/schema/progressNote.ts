import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { noteMeans } from '../../electron/contract/caseCodes';
import { stampColumns } from './columns';
import { staff } from './staff';
import { supportCase } from './supportCase';

/** 経過記録: facts (内容) and the worker's view (所見) are kept apart, as case records should be. */
export const progressNote = sqliteTable(
  'progress_note',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => supportCase.id),
    /** Local date and time of the contact, `YYYY-MM-DDTHH:mm` (Japan time, as the worker wrote it). */
    occurredAt: text('occurred_at').notNull(),
    means: text('means', { enum: noteMeans.codes }).notNull(),
    counterpart: text('counterpart').notNull().default(''),
    staffId: integer('staff_id').references(() => staff.id),
    facts: text('facts').notNull().default(''),
    assessment: text('assessment').notNull().default(''),
    nextAction: text('next_action').notNull().default(''),
    minutes: integer('minutes'),
    /** 取消: a note written in error stays, marked withdrawn with who, when and why. */
    withdrawnAt: text('withdrawn_at'),
    withdrawnBy: integer('withdrawn_by').references(() => staff.id),
    withdrawnReason: text('withdrawn_reason').notNull().default(''),
    ...stampColumns,
  },
  (t) => [
    index('progress_note_case').on(t.caseId, t.occurredAt),
    index('progress_note_date').on(t.occurredAt),
  ],
);

export type ProgressNoteRow = typeof progressNote.$inferSelect;
