import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { agencyKinds } from '../../electron/contract/caseCodes';
import { stampColumns } from './columns';

/** 関係機関: the directory of agencies the office works with. */
export const agency = sqliteTable(
  'agency',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    kind: text('kind', { enum: agencyKinds.codes }).notNull(),
    contactPerson: text('contact_person').notNull().default(''),
    phone: text('phone').notNull().default(''),
    address: text('address').notNull().default(''),
    /** Whether the agency is a member of the 支援会議 (bound by 守秘義務 under §106-6). */
    shienMeetingMember: integer('shien_meeting_member', { mode: 'boolean' })
      .notNull()
      .default(false),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    memo: text('memo').notNull().default(''),
    ...stampColumns,
  },
  (t) => [index('agency_name_key').on(t.nameKey)],
);

export type AgencyRow = typeof agency.$inferSelect;
