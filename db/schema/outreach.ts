import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  outreachMethods,
  outreachResults,
  outreachStages,
} from '../../electron/contract/communityCodes';
import { sexes } from '../../electron/contract/caseCodes';
import { agency } from './agency';
import { stampColumns } from './columns';
import { person } from './person';
import { staff } from './staff';
import { supportCase } from './supportCase';

/**
 * アウトリーチ: someone the office knows of but who is not (yet) in support. It exists before any
 * case, often before the name is known; 支援へ移行 opens a case and links it here.
 */
export const outreachTarget = sqliteTable(
  'outreach_target',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** As known: a name, or a description such as 「○○団地の男性（50代）」. */
    name: text('name').notNull(),
    nameKana: text('name_kana').notNull().default(''),
    nameKey: text('name_key').notNull(),
    /** Set when the person is (or becomes) a registered 人物. */
    personId: integer('person_id').references(() => person.id),
    sex: text('sex', { enum: sexes.codes }),
    /** 年代 or age as known (「50代」). */
    ageText: text('age_text').notNull().default(''),
    address: text('address').notNull().default(''),
    district: text('district').notNull().default(''),
    /** Who raised the concern: a person's role or name as told (民生委員, 近隣住民 …). */
    raisedBy: text('raised_by').notNull().default(''),
    raisedByAgencyId: integer('raised_by_agency_id').references(() => agency.id),
    raisedOn: text('raised_on').notNull(),
    /** What is known (状況). */
    situation: text('situation').notNull().default(''),
    stage: text('stage', { enum: outreachStages.codes }).notNull().default('identified'),
    mainStaffId: integer('main_staff_id').references(() => staff.id),
    /** The case 支援へ移行 opened. */
    caseId: integer('case_id').references(() => supportCase.id),
    endedOn: text('ended_on'),
    endReason: text('end_reason').notNull().default(''),
    ...stampColumns,
  },
  (t) => [
    index('outreach_target_stage').on(t.stage, t.raisedOn),
    index('outreach_target_staff').on(t.mainStaffId, t.stage),
    index('outreach_target_case').on(t.caseId),
    index('outreach_target_name_key').on(t.nameKey),
  ],
);

/** One contact (or attempt) with an outreach target. */
export const outreachContact = sqliteTable(
  'outreach_contact',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    targetId: integer('target_id')
      .notNull()
      .references(() => outreachTarget.id),
    contactedOn: text('contacted_on').notNull(),
    method: text('method', { enum: outreachMethods.codes }).notNull(),
    result: text('result', { enum: outreachResults.codes }).notNull(),
    /** The agency through which contact was made (関係機関経由). */
    viaAgencyId: integer('via_agency_id').references(() => agency.id),
    staffId: integer('staff_id').references(() => staff.id),
    note: text('note').notNull().default(''),
    ...stampColumns,
  },
  (t) => [
    index('outreach_contact_target').on(t.targetId, t.contactedOn),
    // The monthly report counts contacts, by result, and distinct people by date.
    index('outreach_contact_date').on(t.contactedOn, t.targetId, t.result),
  ],
);

export type OutreachTargetRow = typeof outreachTarget.$inferSelect;
export type OutreachContactRow = typeof outreachContact.$inferSelect;
