import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { roles } from '../../electron/contract/roles';
import { stampColumns } from './columns';

/** Staff accounts. Passwords live only as key slots beside the database, never here. */
export const staff = sqliteTable('staff', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  login: text('login').notNull().unique(),
  displayName: text('display_name').notNull(),
  affiliation: text('affiliation').notNull().default(''),
  role: text('role', { enum: roles }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  ...stampColumns,
});

export type StaffRow = typeof staff.$inferSelect;
