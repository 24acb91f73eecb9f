import { closeReasons, type CloseReason, type ConsentState, type Stage } from '../caseCodes';
import {
  attendeeRoles,
  meetingDecisionKinds,
  meetingKinds,
  meetingStatuses,
  type AttendeeRole,
  type MeetingDecisionKind,
  type MeetingKind,
  type MeetingStatus,
} from '../meetingCodes';
import type { PlanStatus } from '../planCodes';
import { z } from '../zodJapanese';
import { idSchema, isoDateSchema, lineSchema, textSchema } from './fieldSchemas';

/** Local time `HH:mm`, as typed (Japan time). */
const timeSchema = (label: string) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label}は「14:00」の形で入力してください` });

/** The header of a meeting: what, when, where, who chairs, and the next date. */
const meetingFields = {
  kind: z.enum(meetingKinds.codes, { error: '会議の種類を選んでください' }),
  title: lineSchema('会議名', 100).default(''),
  heldOn: isoDateSchema('開催日'),
  startTime: timeSchema('開始時刻').nullable().default(null),
  endTime: timeSchema('終了時刻').nullable().default(null),
  place: lineSchema('場所', 100).default(''),
  chairStaffId: idSchema.nullable().default(null),
  chairName: lineSchema('司会', 50).default(''),
  nextMeetingOn: isoDateSchema('次回開催予定日').nullable().default(null),
};

function timesInOrder(m: { startTime: string | null; endTime: string | null }): boolean {
  return m.startTime === null || m.endTime === null || m.startTime <= m.endTime;
}
const timesOutOfOrder = { error: '終了時刻は開始時刻より後にしてください', path: ['endTime'] };

export const meetingCreateInput = z
  .strictObject(meetingFields)
  .refine(timesInOrder, timesOutOfOrder);
/** The kind cannot change once created: the consent rule was checked against it. */
export const meetingUpdateInput = z
  .strictObject({
    id: idSchema,
    ...meetingFields,
    kind: meetingFields.kind.optional(),
    status: z.enum(meetingStatuses.codes).optional(),
    generalMinutes: textSchema('全体の協議・連絡事項', 8000).optional(),
    /** 次回予定 beside its date (time, place, what it takes up); unchanged when left out. */
    nextMeetingNote: lineSchema('次回予定', 200).optional(),
  })
  .refine(timesInOrder, timesOutOfOrder);

export const meetingGetInput = z.strictObject({ id: idSchema });

/** Meetings in a date range (both ends included), newest first; either end open. */
export const meetingListInput = z
  .strictObject({
    from: isoDateSchema('期間（開始）').optional(),
    to: isoDateSchema('期間（終了）').optional(),
    kind: z.enum(meetingKinds.codes).optional(),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    error: '期間の終了は開始と同じ日かそれより後にしてください',
    path: ['to'],
  });

/** One attendee: a staff member, an agency's representative, or another person by name. */
const attendeeSchema = z
  .strictObject({
    staffId: idSchema.nullable().default(null),
    agencyId: idSchema.nullable().default(null),
    name: lineSchema('出席者の氏名', 50).default(''),
    affiliation: lineSchema('所属・職名', 100).default(''),
    /** 役割 at the meeting (司会, 記録, 説明者 …), printed on the 会議録. */
    role: z.enum(attendeeRoles.codes, { error: '役割を選んでください' }).nullable().optional(),
    /** 守秘義務の確認 (支援会議): the date it was acknowledged, or null. */
    confidentialityAckOn: isoDateSchema('守秘義務の確認日').nullable().default(null),
  })
  .refine((a) => a.staffId !== null || a.name !== '', {
    error: '出席者は職員を選ぶか氏名を入力してください',
    path: ['name'],
  });

/** The whole attendee list, replaced as sent (in the order shown). */
export const meetingSetAttendeesInput = z.strictObject({
  meetingId: idSchema,
  attendees: z.array(attendeeSchema).max(60, { error: '出席者は60人までです' }),
});

export const meetingCaseInput = z.strictObject({ meetingId: idSchema, caseId: idSchema });

/** Whether a case may go on a meeting's agenda, and why not (the consent rule). */
export const meetingCheckCaseInput = meetingCaseInput;

/** 今後のアクション: who (an agency or a person, as printed), what, and by when. */
export const meetingActionSchema = z.strictObject({
  assignee: lineSchema('担当（機関・担当者）', 100).refine((s) => s.trim() !== '', {
    error: '担当の機関か担当者を入力してください',
  }),
  content: lineSchema('内容', 300).refine((s) => s.trim() !== '', {
    error: 'アクションの内容を入力してください',
  }),
  dueOn: isoDateSchema('期限').nullable().default(null),
});

/**
 * The minutes of one case: 協議内容 and, when sent, the 議題's time, 各機関からの報告, 本人の意向 and
 * the 今後のアクション rows (replaced as sent, in order); a field left out stays as it was.
 */
export const meetingRecordMinutesInput = z
  .strictObject({
    meetingId: idSchema,
    caseId: idSchema,
    minutes: textSchema('協議内容', 8000),
    startTime: timeSchema('開始時刻').nullable().optional(),
    endTime: timeSchema('終了時刻').nullable().optional(),
    agencyReports: textSchema('各機関からの報告', 8000).optional(),
    personWishes: textSchema('本人の意向', 4000).optional(),
    actions: z
      .array(meetingActionSchema)
      .max(30, { error: '今後のアクションは30行までです' })
      .optional(),
  })
  .refine((m) => timesInOrder({ startTime: m.startTime ?? null, endTime: m.endTime ?? null }), {
    ...timesOutOfOrder,
  });

/**
 * 決定事項. プラン承認 names a 案 or 確定 version of the case's plan (a 案 is confirmed with this
 * meeting as the approving one); 支援決定 moves a case still in 受付/アセスメント to プラン作成;
 * 終結 closes the case (and ends its plan) with the text as the reason.
 */
export const meetingAddDecisionInput = z
  .strictObject({
    meetingId: idSchema,
    caseId: idSchema,
    kind: z.enum(meetingDecisionKinds.codes, { error: '決定事項の種類を選んでください' }),
    text: textSchema('決定事項', 4000).default(''),
    planId: idSchema.nullable().default(null),
    /** 終結理由 of a 終結 decision (required there; the text is its 補足). */
    closeReasonCode: z.enum(closeReasons.codes).nullable().optional(),
  })
  .refine((d) => d.kind !== 'closure' || (d.closeReasonCode ?? null) !== null, {
    error: '終結理由を選んでください',
    path: ['closeReasonCode'],
  })
  .refine((d) => d.kind !== 'planApproval' || d.planId !== null, {
    error: '承認する支援プランを選んでください',
    path: ['planId'],
  });

/** A decision with no effect on the case (役割分担, 評価) or one entered by mistake. */
export const meetingRemoveDecisionInput = z.strictObject({ id: idSchema });

export const meetingForCaseInput = z.strictObject({ caseId: idSchema });

/** A meeting in a list. */
export type MeetingSummary = {
  id: number;
  kind: MeetingKind;
  /** The office's display name of the kind (a setting). */
  kindName: string;
  title: string;
  heldOn: string;
  startTime: string | null;
  endTime: string | null;
  place: string;
  status: MeetingStatus;
  caseCount: number;
  attendeeCount: number;
  nextMeetingOn: string | null;
};

export type MeetingAttendeeView = {
  id: number;
  staffId: number | null;
  agencyId: number | null;
  agencyName: string | null;
  name: string;
  affiliation: string;
  role: AttendeeRole | null;
  confidentialityAckOn: string | null;
};

export type MeetingDecisionView = {
  id: number;
  kind: MeetingDecisionKind;
  text: string;
  planId: number | null;
  planVersion: number | null;
  planStatus: PlanStatus | null;
  /** 終結理由 of a 終結 decision (its text is the 補足). */
  closeReasonCode: CloseReason | null;
  createdAt: string;
};

/** A 今後のアクション row of a case at a meeting. */
export type MeetingActionView = {
  id: number;
  assignee: string;
  content: string;
  dueOn: string | null;
};

/**
 * A case on the agenda. `consentState` is the current 重層的支援会議での検討 consent; at a 重層的支援会議
 * a case whose consent is no longer 同意あり (withdrawn after it was put on the agenda) is flagged
 * with `consentWarning`.
 */
export type MeetingCaseView = {
  caseId: number;
  caseNumber: string;
  personName: string;
  personKana: string;
  stage: Stage;
  chiefComplaint: string;
  position: number;
  /** 議題の時間 (local `HH:mm`). */
  startTime: string | null;
  endTime: string | null;
  minutes: string;
  agencyReports: string;
  personWishes: string;
  actions: MeetingActionView[];
  consentState: ConsentState;
  consentWarning: string | null;
  decisions: MeetingDecisionView[];
};

export type MeetingView = MeetingSummary & {
  chairStaffId: number | null;
  chairStaffName: string | null;
  chairName: string;
  generalMinutes: string;
  nextMeetingNote: string;
  attendees: MeetingAttendeeView[];
  cases: MeetingCaseView[];
  /** Cases the viewer may not see are counted, never named (閲覧制限). */
  hiddenCaseCount: number;
  /** Whether the viewer may change it (相談員, 管理者). */
  editable: boolean;
};

/** The answer of meeting.checkCase: allowed, or the reason in Japanese and what to do instead. */
export type MeetingCaseCheck = {
  allowed: boolean;
  reason: string | null;
  /** 支援会議 when the case may be discussed there instead. */
  suggestedKind: MeetingKind | null;
};

/** A meeting on a case's timeline. */
export type CaseMeetingEntry = {
  meetingId: number;
  kind: MeetingKind;
  kindName: string;
  title: string;
  heldOn: string;
  status: MeetingStatus;
  minutes: string;
  decisions: MeetingDecisionView[];
};

/** 会議資料 of a meeting; `initials` prints people's names as initials (e.g. Y.T.). */
export const printMeetingHandoutInput = z.strictObject({
  meetingId: idSchema,
  initials: z.boolean().default(false),
});

/** 会議録 of a held meeting. */
export const printMeetingMinutesInput = z.strictObject({
  meetingId: idSchema,
  initials: z.boolean().default(false),
});
