import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { fields } from '../../electron/contract/caseCodes';
import {
  matchStatuses,
  resourceIntakes,
  resourceKinds,
} from '../../electron/contract/communityCodes';
import { agency } from './agency';
import { stampColumns } from './columns';
import { person } from './person';
import { staff } from './staff';
import { supportCase } from './supportCase';

/** 社会資源: a place or activity a person can be matched to (参加支援事業). */
export const resource = sqliteTable(
  'resource',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    kind: text('kind', { enum: resourceKinds.codes }).notNull(),
    /** 運営・受入先 as written, and the directory agency when it is one. */
    hostName: text('host_name').notNull().default(''),
    hostAgencyId: integer('host_agency_id').references(() => agency.id),
    place: text('place').notNull().default(''),
    district: text('district').notNull().default(''),
    schedule: text('schedule').notNull().default(''),
    /** 定員; null when open-ended. */
    capacity: integer('capacity'),
    /** 対象 as written (備考); the fit below is what 資源を探す ranks by. */
    target: text('target').notNull().default(''),
    /** 対象年齢 in whole years, either end optional (null: no limit). */
    ageMin: integer('age_min'),
    ageMax: integer('age_max'),
    /** 受入状況 as the host last said; 定員 and the office's matches may also make it 満員. */
    intake: text('intake', { enum: resourceIntakes.codes }).notNull().default('open'),
    contact: text('contact').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    memo: text('memo').notNull().default(''),
    ...stampColumns,
  },
  (t) => [index('resource_kind').on(t.active, t.kind), index('resource_name_key').on(t.nameKey)],
);

/** The 相談分野 a resource serves (none: any). */
export const resourceField = sqliteTable(
  'resource_field',
  {
    resourceId: integer('resource_id')
      .notNull()
      .references(() => resource.id, { onDelete: 'cascade' }),
    field: text('field', { enum: fields.codes }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.resourceId, t.field] })],
);

/** 参加支援: a person matched to a resource, with its status and dates. */
export const participationMatch = sqliteTable(
  'participation_match',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => person.id),
    caseId: integer('case_id').references(() => supportCase.id),
    resourceId: integer('resource_id')
      .notNull()
      .references(() => resource.id),
    status: text('status', { enum: matchStatuses.codes }).notNull().default('proposed'),
    proposedOn: text('proposed_on').notNull(),
    /** The day 参加中 began (the report's 新規マッチング counts by it). */
    startedOn: text('started_on'),
    endedOn: text('ended_on'),
    staffId: integer('staff_id').references(() => staff.id),
    /** 受入先への支援: what the host needs to receive the person. */
    hostSupport: text('host_support').notNull().default(''),
    note: text('note').notNull().default(''),
    ...stampColumns,
  },
  (t) => [
    index('participation_match_person').on(t.personId),
    index('participation_match_resource').on(t.resourceId, t.status),
    index('participation_match_status').on(t.status, t.proposedOn),
    index('participation_match_case').on(t.caseId),
    // The monthly report's 新規マッチング: matches by the day 参加中 began.
    index('participation_match_started').on(t.startedOn),
  ],
);

/** フォローアップ after a match: how the person is doing, and the host; a status change if any. */
export const participationFollowup = sqliteTable(
  'participation_followup',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    matchId: integer('match_id')
      .notNull()
      .references(() => participationMatch.id),
    followedOn: text('followed_on').notNull(),
    /** The status the match moved to on that day; null when unchanged. */
    statusTo: text('status_to', { enum: matchStatuses.codes }),
    personNote: text('person_note').notNull().default(''),
    hostNote: text('host_note').notNull().default(''),
    staffId: integer('staff_id').references(() => staff.id),
    ...stampColumns,
  },
  (t) => [index('participation_followup_match').on(t.matchId, t.followedOn)],
);

export type ResourceRow = typeof resource.$inferSelect;
export type ParticipationMatchRow = typeof participationMatch.$inferSelect;
export type ParticipationFollowupRow = typeof participationFollowup.$inferSelect;
