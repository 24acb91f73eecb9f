import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { revisedRecords } from '../../electron/contract/historyCodes';
import { staff } from './staff';

/**
 * 訂正履歴: every earlier version of a corrected record (a 経過記録, a case's header, a 本人同意,
 * a 支援プラン 案), written in the same transaction as the correction. A row is the record as it
 * read in that version — its content as JSON, so a column added later to the record is kept
 * without a change here — with who wrote that version and when, and who replaced it and when.
 * The record's current version is its own row; its number is one more than the last kept here.
 * Rows are never changed or deleted.
 */
export const recordRevision = sqliteTable(
  'record_revision',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recordType: text('record_type', { enum: revisedRecords.codes }).notNull(),
    recordId: integer('record_id').notNull(),
    /** 1 for the record as first written, 2 after the first correction … */
    version: integer('version').notNull(),
    /** The record's fields in this version (JSON object). */
    content: text('content').notNull(),
    /** Who wrote this version and when (the record's updated stamp at the time). */
    writtenAt: text('written_at').notNull(),
    writtenBy: integer('written_by').references(() => staff.id),
    /** The correction that replaced it. */
    replacedAt: text('replaced_at').notNull(),
    replacedBy: integer('replaced_by').references(() => staff.id),
  },
  (t) => [uniqueIndex('record_revision_record').on(t.recordType, t.recordId, t.version)],
);

export type RecordRevisionRow = typeof recordRevision.$inferSelect;
