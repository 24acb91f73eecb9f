import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { activityKinds } from '../../electron/contract/communityCodes';
import { stampColumns } from './columns';
import { staff } from './staff';

/**
 * 地域づくり: an activity or a place's session (居場所, 交流イベント, ネットワーク会議, 資源開発,
 * 講演会) with its participants, by group where known. No personal data: counts only.
 */
export const communityActivity = sqliteTable(
  'community_activity',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    heldOn: text('held_on').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: activityKinds.codes }).notNull(),
    place: text('place').notNull().default(''),
    district: text('district').notNull().default(''),
    organisers: text('organisers').notNull().default(''),
    participants: integer('participants').notNull().default(0),
    /** By group where known; null when not counted. */
    participantsElderly: integer('participants_elderly'),
    participantsDisability: integer('participants_disability'),
    participantsChildren: integer('participants_children'),
    participantsOther: integer('participants_other'),
    /** 参加団体 as written. */
    organisations: text('organisations').notNull().default(''),
    staffId: integer('staff_id').references(() => staff.id),
    note: text('note').notNull().default(''),
    ...stampColumns,
  },
  (t) => [
    index('community_activity_held_on').on(t.heldOn, t.id),
    index('community_activity_kind').on(t.kind, t.heldOn),
  ],
);

export type CommunityActivityRow = typeof communityActivity.$inferSelect;
