import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { closeReasons } from '../../electron/contract/caseCodes';
import {
  attendeeRoles,
  meetingDecisionKinds,
  meetingKinds,
  meetingStatuses,
} from '../../electron/contract/meetingCodes';
import { agency } from './agency';
import { stampColumns } from './columns';
import { staff } from './staff';
import { supportCase } from './supportCase';
import { supportPlan } from './supportPlan';

/** 会議: 支援会議, 重層的支援会議, ケース会議 or 事例検討, with when, where and who chaired it. */
export const meeting = sqliteTable(
  'meeting',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: meetingKinds.codes }).notNull(),
    title: text('title').notNull().default(''),
    heldOn: text('held_on').notNull(),
    /** Local `HH:mm` (Japan time), as typed. */
    startTime: text('start_time'),
    endTime: text('end_time'),
    place: text('place').notNull().default(''),
    chairStaffId: integer('chair_staff_id').references(() => staff.id),
    /** 司会 when not a staff member (e.g. an agency's representative). */
    chairName: text('chair_name').notNull().default(''),
    status: text('status', { enum: meetingStatuses.codes }).notNull().default('planned'),
    /** 全体の協議・連絡事項 (minutes that belong to no single case). */
    generalMinutes: text('general_minutes').notNull().default(''),
    nextMeetingOn: text('next_meeting_on'),
    /** 次回予定 beside its date: time, place, what it will take up. */
    nextMeetingNote: text('next_meeting_note').notNull().default(''),
    ...stampColumns,
  },
  (t) => [index('meeting_held_on').on(t.heldOn, t.id), index('meeting_kind').on(t.kind, t.heldOn)],
);

/**
 * 出席者: a staff member, or an agency's representative (name as given), or another person. At a
 * 支援会議 each attendee acknowledges 守秘義務 (§106-6 ⑤); the date of that acknowledgement is kept.
 */
export const meetingAttendee = sqliteTable(
  'meeting_attendee',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    agencyId: integer('agency_id').references(() => agency.id),
    name: text('name').notNull().default(''),
    /** 所属・職名 as printed (for staff, their 所属 at the time). */
    affiliation: text('affiliation').notNull().default(''),
    /** 役割 at this meeting (司会, 記録, 説明者 …), as the 会議録 prints it. */
    role: text('role', { enum: attendeeRoles.codes }),
    confidentialityAckOn: text('confidentiality_ack_on'),
    ...stampColumns,
  },
  (t) => [
    index('meeting_attendee_meeting').on(t.meetingId, t.position),
    uniqueIndex('meeting_attendee_staff')
      .on(t.meetingId, t.staffId)
      .where(sql`${t.staffId} is not null`),
  ],
);

/** 議題: a case on a meeting's agenda, with its 協議内容. */
export const meetingCase = sqliteTable(
  'meeting_case',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    caseId: integer('case_id')
      .notNull()
      .references(() => supportCase.id),
    position: integer('position').notNull(),
    minutes: text('minutes').notNull().default(''),
    /** 議題の時間: local `HH:mm` (Japan time), as typed. */
    startTime: text('start_time'),
    endTime: text('end_time'),
    /** 各機関からの報告 on this case. */
    agencyReports: text('agency_reports').notNull().default(''),
    /** 本人の意向, in the person's own words (quoted on the 会議録). */
    personWishes: text('person_wishes').notNull().default(''),
    ...stampColumns,
  },
  (t) => [
    uniqueIndex('meeting_case_once').on(t.meetingId, t.caseId),
    // A case's meetings (its timeline and the report's distinct cases per kind).
    index('meeting_case_case').on(t.caseId, t.meetingId),
  ],
);

/**
 * 決定事項 for one case of a meeting. プラン承認 names the plan version it approved; 支援決定 and
 * 終結 also change the case, in the same transaction as the decision.
 */
export const meetingDecision = sqliteTable(
  'meeting_decision',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingCaseId: integer('meeting_case_id')
      .notNull()
      .references(() => meetingCase.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: meetingDecisionKinds.codes }).notNull(),
    text: text('text').notNull().default(''),
    planId: integer('plan_id').references(() => supportPlan.id),
    /** 終結理由 of a 終結 decision (its text is the 補足). */
    closeReasonCode: text('close_reason_code', { enum: closeReasons.codes }),
    ...stampColumns,
  },
  (t) => [
    index('meeting_decision_case').on(t.meetingCaseId),
    index('meeting_decision_plan').on(t.planId),
  ],
);

/**
 * 今後のアクション: one row per agency or person, what they will do and by when, for a case on the
 * agenda. Rows are replaced as a list per case, in the order shown.
 */
export const meetingAction = sqliteTable(
  'meeting_action',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingCaseId: integer('meeting_case_id')
      .notNull()
      .references(() => meetingCase.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    agencyId: integer('agency_id').references(() => agency.id),
    staffId: integer('staff_id').references(() => staff.id),
    /** 担当 as printed: the agency and/or person, as typed or taken from the choice. */
    assignee: text('assignee').notNull().default(''),
    content: text('content').notNull(),
    dueOn: text('due_on'),
    ...stampColumns,
  },
  (t) => [index('meeting_action_case').on(t.meetingCaseId, t.position)],
);

export type MeetingRow = typeof meeting.$inferSelect;
export type MeetingAttendeeRow = typeof meetingAttendee.$inferSelect;
export type MeetingCaseRow = typeof meetingCase.$inferSelect;
export type MeetingDecisionRow = typeof meetingDecision.$inferSelect;
export type MeetingActionRow = typeof meetingAction.$inferSelect;
