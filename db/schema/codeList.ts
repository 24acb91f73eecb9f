import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { stampColumns } from './columns';

/** Editable lists of labels (課題 tags now; later others), kept by 管理者. Retired labels stay for old records. */
export const codeList = sqliteTable(
  'code_list',
  {
    list: text('list').notNull(),
    label: text('label').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...stampColumns,
  },
  (t) => [primaryKey({ columns: [t.list, t.label] })],
);
