import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { stampColumns } from './columns';

/** Office-wide settings as JSON values under a key; services own the keys and their shapes. */
export const setting = sqliteTable('setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  ...stampColumns,
});
