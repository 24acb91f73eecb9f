import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { closeReasons, fields, routes, stages, urgencies } from '../../electron/contract/caseCodes';
import { agency } from './agency';
import { stampColumns } from './columns';
import { household } from './household';
import { person } from './person';
import { staff } from './staff';

/** ケース: one consultation and the support that follows, numbered by 年度 (R8-0001). */
export const supportCase = sqliteTable(
  'support_case',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseNumber: text('case_number').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    seq: integer('seq').notNull(),
    householdId: integer('household_id')
      .notNull()
      .references(() => household.id),
    personId: integer('person_id')
      .notNull()
      .references(() => person.id),
    receivedOn: text('received_on').notNull(),
    receivedBy: integer('received_by').references(() => staff.id),
    route: text('route', { enum: routes.codes }).notNull(),
    /** 来談者, when someone other than the person came. */
    visitorName: text('visitor_name').notNull().default(''),
    visitorRelation: text('visitor_relation').notNull().default(''),
    visitorPhone: text('visitor_phone').notNull().default(''),
    /** 主な課題: the most pressing of the case's 課題 tags (◎ on the 相談受付票), or '' for none. */
    mainTag: text('main_tag').notNull().default(''),
    chiefComplaint: text('chief_complaint').notNull().default(''),
    urgency: text('urgency', { enum: urgencies.codes }).notNull().default('normal'),
    stage: text('stage', { enum: stages.codes }).notNull().default('intake'),
    mainStaffId: integer('main_staff_id').references(() => staff.id),
    subStaffId: integer('sub_staff_id').references(() => staff.id),
    mainAgencyId: integer('main_agency_id').references(() => agency.id),
    coordination: integer('coordination', { mode: 'boolean' }).notNull().default(false),
    coordinationOn: text('coordination_on'),
    outreach: integer('outreach', { mode: 'boolean' }).notNull().default(false),
    /** 閲覧制限 (DV, abuse): only the assigned staff and 管理者 may see the case at all. */
    restricted: integer('restricted', { mode: 'boolean' }).notNull().default(false),
    closedOn: text('closed_on'),
    /**
     * 中断日: the day the case was last suspended (stage 中断). Kept when a suspended case is
     * closed, cleared when it resumes, so the monthly report counts 中断 apart from 継続.
     */
    suspendedOn: text('suspended_on'),
    /** 終結理由 as a code (the official list); `closeReason` is its 補足 in words. */
    closeReasonCode: text('close_reason_code', { enum: closeReasons.codes }),
    closeReason: text('close_reason').notNull().default(''),
    ...stampColumns,
  },
  (t) => [
    uniqueIndex('support_case_number').on(t.caseNumber),
    uniqueIndex('support_case_year_seq').on(t.fiscalYear, t.seq),
    index('support_case_received').on(t.receivedOn, t.id),
    index('support_case_stage').on(t.stage, t.receivedOn),
    // One stage in ケース番号 order (a list filtered to 受付 and sorted by number): without it the
    // page walked the number index past every older case, about 1 s at 100k cases.
    index('support_case_stage_number').on(t.stage, t.fiscalYear, t.seq),
    index('support_case_main_staff').on(t.mainStaffId, t.stage),
    index('support_case_person').on(t.personId),
    index('support_case_household').on(t.householdId),
    // The monthly report (services/excel/report): 終結 and 継続 by date from the index alone,
    // new cases by 相談経路, and 多機関協働 by its start date — each a range, no case row read.
    index('support_case_closed').on(t.closedOn, t.receivedOn),
    index('support_case_received_route').on(t.receivedOn, t.route),
    index('support_case_suspended').on(t.suspendedOn),
    // 継続 and 実人数 (services/excel/report): received before a month, not ended before it, by person.
    index('support_case_continuing').on(t.receivedOn, t.closedOn, t.suspendedOn, t.personId),
    index('support_case_coordination_on')
      .on(t.coordinationOn)
      .where(sql`${t.coordination} = 1`),
  ],
);

/** 相談分野: a case may have several. */
export const caseField = sqliteTable(
  'case_field',
  {
    caseId: integer('case_id')
      .notNull()
      .references(() => supportCase.id, { onDelete: 'cascade' }),
    field: text('field', { enum: fields.codes }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.field] }),
    index('case_field_field').on(t.field, t.caseId),
  ],
);

/** 課題 tags (labels from the editable code list, stored as the label text). */
export const caseTag = sqliteTable(
  'case_tag',
  {
    caseId: integer('case_id')
      .notNull()
      .references(() => supportCase.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.tag] }), index('case_tag_tag').on(t.tag, t.caseId)],
);

/** The agencies involved in a case, each with its 役割分担. */
export const caseAgency = sqliteTable(
  'case_agency',
  {
    caseId: integer('case_id')
      .notNull()
      .references(() => supportCase.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agency.id),
    role: text('role').notNull().default(''),
    ...stampColumns,
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.agencyId] }),
    index('case_agency_agency').on(t.agencyId),
  ],
);

export type SupportCaseRow = typeof supportCase.$inferSelect;
