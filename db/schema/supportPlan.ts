import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import {
  goalResults,
  planConsentMethods,
  planDecisions,
  planGoalKinds,
  planStatuses,
} from '../../electron/contract/planCodes';
import { closeReasons } from '../../electron/contract/caseCodes';
import { agency } from './agency';
import { stampColumns } from './columns';
import { staff } from './staff';
import { supportCase } from './supportCase';

/**
 * 支援プラン: one row per version. A 確定 version is never edited; a 見直し is a new version that
 * names the one it supersedes, so every version stays readable as it was agreed.
 */
export const supportPlan = sqliteTable(
  'support_plan',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => supportCase.id),
    /** 作成回数: 1 = 初回, 2+ = 見直し. */
    version: integer('version').notNull(),
    supersedesId: integer('supersedes_id').references((): AnySQLiteColumn => supportPlan.id),
    createdOn: text('created_on').notNull(),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    nextEvaluationOn: text('next_evaluation_on').notNull(),
    personWishes: text('person_wishes').notNull().default(''),
    householdGoal: text('household_goal').notNull().default(''),
    referralParticipation: integer('referral_participation', { mode: 'boolean' })
      .notNull()
      .default(false),
    referralOutreach: integer('referral_outreach', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: planStatuses.codes }).notNull().default('draft'),
    confirmedBy: integer('confirmed_by').references(() => staff.id),
    confirmedAt: text('confirmed_at'),
    /** The meeting that approved it; a plain id until meetings exist (issue 5). */
    approvedMeetingId: integer('approved_meeting_id'),
    consentOn: text('consent_on'),
    consentMethod: text('consent_method', { enum: planConsentMethods.codes }),
    /** The writer's name when 代筆. */
    consentProxyName: text('consent_proxy_name').notNull().default(''),
    ...stampColumns,
  },
  (t) => [
    uniqueIndex('support_plan_case_version').on(t.caseId, t.version),
    // A version is revised at most once, and a case has at most one 案 and one 確定 version.
    uniqueIndex('support_plan_supersedes').on(t.supersedesId),
    uniqueIndex('support_plan_one_draft')
      .on(t.caseId)
      .where(sql`${t.status} = 'draft'`),
    uniqueIndex('support_plan_one_confirmed')
      .on(t.caseId)
      .where(sql`${t.status} = 'confirmed'`),
    // The monthly report counts versions by the day they were confirmed (初回 / 見直し).
    index('support_plan_confirmed_at')
      .on(t.confirmedAt, t.version)
      .where(sql`${t.confirmedAt} is not null`),
    // The due list reads 確定 plans by 次回評価予定日 only.
    index('support_plan_due')
      .on(t.nextEvaluationOn, t.caseId)
      .where(sql`${t.status} = 'confirmed'`),
  ],
);

/** 課題の整理: each 課題 with its 背景, in the order written. */
export const planIssue = sqliteTable(
  'plan_issue',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => supportPlan.id, { onDelete: 'cascade' }),
    sort: integer('sort').notNull(),
    issue: text('issue').notNull(),
    background: text('background').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.planId, t.sort] })],
);

/** 長期目標 and 短期目標 as rows, so each can be evaluated on its own. */
export const planGoal = sqliteTable(
  'plan_goal',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => supportPlan.id, { onDelete: 'cascade' }),
    sort: integer('sort').notNull(),
    kind: text('kind', { enum: planGoalKinds.codes }).notNull(),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('plan_goal_plan_sort').on(t.planId, t.sort)],
);

/** 支援内容: what is done about which 課題, by whom (an agency, a staff member or as written). */
export const planSupportRow = sqliteTable(
  'plan_support_row',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => supportPlan.id, { onDelete: 'cascade' }),
    sort: integer('sort').notNull(),
    issue: text('issue').notNull().default(''),
    content: text('content').notNull(),
    assigneeAgencyId: integer('assignee_agency_id').references(() => agency.id),
    assigneeStaffId: integer('assignee_staff_id').references(() => staff.id),
    assigneeText: text('assignee_text').notNull().default(''),
    frequency: text('frequency').notNull().default(''),
    period: text('period').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.planId, t.sort] })],
);

/**
 * 評価 of a 確定 version. 継続 keeps the version in force, so a version may hold several
 * evaluations; one that decides 見直し, 終結 or 中断 is its last.
 */
export const planEvaluation = sqliteTable(
  'plan_evaluation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => supportPlan.id),
    evaluatedOn: text('evaluated_on').notNull(),
    personChange: text('person_change').notNull().default(''),
    decision: text('decision', { enum: planDecisions.codes }).notNull(),
    comment: text('comment').notNull().default(''),
    /** 終結理由 of a 終結 evaluation (code and 補足), kept with it whatever the case does later. */
    closeReasonCode: text('close_reason_code', { enum: closeReasons.codes }),
    closeReasonNote: text('close_reason_note').notNull().default(''),
    ...stampColumns,
  },
  (t) => [index('plan_evaluation_plan').on(t.planId, t.evaluatedOn)],
);

/** Each goal's result at an evaluation. */
export const planGoalEvaluation = sqliteTable(
  'plan_goal_evaluation',
  {
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => planEvaluation.id, { onDelete: 'cascade' }),
    goalId: integer('goal_id')
      .notNull()
      .references(() => planGoal.id),
    result: text('result', { enum: goalResults.codes }).notNull(),
    comment: text('comment').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.evaluationId, t.goalId] }),
    index('plan_goal_evaluation_goal').on(t.goalId),
  ],
);

export type SupportPlanRow = typeof supportPlan.$inferSelect;
export type PlanGoalRow = typeof planGoal.$inferSelect;
export type PlanEvaluationRow = typeof planEvaluation.$inferSelect;
