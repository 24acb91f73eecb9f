import { integer, text } from 'drizzle-orm/sqlite-core';

/** Every table records when and by whom a row was created and last changed (ISO UTC, staff id). */
export const stampColumns = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  createdBy: integer('created_by'),
  updatedBy: integer('updated_by'),
};
