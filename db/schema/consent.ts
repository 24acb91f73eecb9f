import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { consentKinds, consentMethods, consentStates } from '../../electron/contract/caseCodes';
import { agency } from './agency';
import { stampColumns } from './columns';
import { person } from './person';
import { staff } from './staff';
import { supportCase } from './supportCase';

/**
 * 本人同意 records. Never edited in place: a change of state (e.g. 撤回) is a new row, so the
 * history of what was agreed, when and how is kept. The current state per kind is the latest row.
 */
export const consent = sqliteTable(
  'consent',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => supportCase.id),
    personId: integer('person_id')
      .notNull()
      .references(() => person.id),
    kind: text('kind', { enum: consentKinds.codes }).notNull(),
    state: text('state', { enum: consentStates.codes }).notNull(),
    recordedOn: text('recorded_on').notNull(),
    method: text('method', { enum: consentMethods.codes }),
    /** The writer's name when 代筆. */
    proxyName: text('proxy_name').notNull().default(''),
    obtainedBy: integer('obtained_by').references(() => staff.id),
    note: text('note').notNull().default(''),
    ...stampColumns,
  },
  (t) => [index('consent_case_kind').on(t.caseId, t.kind, t.recordedOn, t.id)],
);

/** Which agencies a consent covers (for 情報共有). */
export const consentAgency = sqliteTable(
  'consent_agency',
  {
    consentId: integer('consent_id')
      .notNull()
      .references(() => consent.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agency.id),
  },
  (t) => [primaryKey({ columns: [t.consentId, t.agencyId] })],
);

export type ConsentRow = typeof consent.$inferSelect;
