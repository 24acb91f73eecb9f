import { closeReasons, type CloseReason } from '../caseCodes';
import {
  goalResults,
  planConsentMethods,
  planDecisions,
  planGoalKinds,
  type GoalResult,
  type PlanConsentMethod,
  type PlanDecision,
  type PlanGoalKind,
  type PlanStatus,
} from '../planCodes';
import { z } from '../zodJapanese';
import { idSchema, isoDateSchema, lineSchema, textSchema } from './fieldSchemas';

/** Multi-line text that must say something. */
const requiredTextSchema = (label: string, max: number) =>
  textSchema(label, max)
    .trim()
    .min(1, { error: `${label}を入力してください` });

/** 課題の整理: one 課題 and its 背景. */
const planIssueSchema = z.strictObject({
  issue: requiredTextSchema('課題', 1000),
  background: textSchema('背景', 4000).default(''),
});

const planGoalSchema = z.strictObject({
  kind: z.enum(planGoalKinds.codes, { error: '長期目標か短期目標かを選んでください' }),
  text: requiredTextSchema('目標', 1000),
});

/** One row of 支援内容. 担当 is an agency of the directory or a staff member, plus free text. */
const planRowSchema = z
  .strictObject({
    issue: textSchema('対応する課題', 1000).default(''),
    content: requiredTextSchema('支援内容', 2000),
    assigneeAgencyId: idSchema.nullable().default(null),
    assigneeStaffId: idSchema.nullable().default(null),
    assigneeText: lineSchema('担当', 100).default(''),
    frequency: lineSchema('頻度', 100).default(''),
    period: lineSchema('期間', 100).default(''),
  })
  .refine((row) => row.assigneeAgencyId === null || row.assigneeStaffId === null, {
    error: '担当は関係機関か職員のどちらか一方を選んでください',
    path: ['assigneeStaffId'],
  });

/** The editable content of a 案 (the whole form: child rows are replaced as sent). */
const planFields = {
  createdOn: isoDateSchema('作成日'),
  periodFrom: isoDateSchema('計画期間（開始）').nullable().default(null),
  periodTo: isoDateSchema('計画期間（終了）').nullable().default(null),
  /** Null: 作成日 plus the office's setting (planEvaluationMonths). */
  nextEvaluationOn: isoDateSchema('次回評価予定日').nullable().default(null),
  personWishes: textSchema('本人の思い・意向', 4000).default(''),
  householdGoal: textSchema('世帯の目標', 2000).default(''),
  issues: z.array(planIssueSchema).max(30, { error: '課題は30件までです' }).default([]),
  goals: z.array(planGoalSchema).max(30, { error: '目標は30件までです' }).default([]),
  rows: z.array(planRowSchema).max(50, { error: '支援内容は50行までです' }).default([]),
  referralParticipation: z.boolean().default(false),
  referralOutreach: z.boolean().default(false),
};

export const planCreateInput = z.strictObject({ caseId: idSchema, ...planFields });
export const planUpdateInput = z.strictObject({ id: idSchema, ...planFields });
/** A 案's content as services receive it (parsed). */
export type PlanContent = Omit<z.output<typeof planCreateInput>, 'caseId'>;

export const planGetInput = z.strictObject({ id: idSchema });
export const planReviseInput = z.strictObject({ id: idSchema });
export const planListForCaseInput = z.strictObject({ caseId: idSchema });

/** 確定; the approving meeting is an id only until meetings exist (issue 5). */
export const planConfirmInput = z.strictObject({
  id: idSchema,
  approvedMeetingId: idSchema.nullable().default(null),
});

export const planRecordConsentInput = z.strictObject({
  id: idSchema,
  consentOn: isoDateSchema('同意日'),
  consentMethod: z.enum(planConsentMethods.codes, { error: '同意の方法を選んでください' }),
  consentProxyName: lineSchema('代筆者', 100).default(''),
});

export const planEvaluateInput = z
  .strictObject({
    planId: idSchema,
    evaluatedOn: isoDateSchema('評価日'),
    personChange: textSchema('本人の変化', 4000).default(''),
    decision: z.enum(planDecisions.codes, { error: '今後の方針を選んでください' }),
    comment: textSchema('所見', 4000).default(''),
    goals: z
      .array(
        z.strictObject({
          goalId: idSchema,
          result: z.enum(goalResults.codes, { error: '目標の評価を選んでください' }),
          comment: textSchema('目標の評価コメント', 2000).default(''),
        }),
      )
      .max(30),
    /** 継続 only; null: 評価日 plus the office's setting. */
    nextEvaluationOn: isoDateSchema('次回評価予定日').nullable().default(null),
    /** 終結 only (required there): 終結理由 and its 補足, kept on the evaluation and the case. */
    closeReasonCode: z.enum(closeReasons.codes).nullable().optional(),
    closeReasonNote: lineSchema('終結理由の補足', 200).optional(),
  })
  .refine((e) => e.decision !== 'close' || (e.closeReasonCode ?? null) !== null, {
    error: '終結理由を選んでください',
    path: ['closeReasonCode'],
  });

export type PlanIssueView = { issue: string; background: string };
export type PlanGoalView = { id: number; kind: PlanGoalKind; text: string };
export type PlanRowView = {
  issue: string;
  content: string;
  assigneeAgencyId: number | null;
  assigneeAgencyName: string | null;
  assigneeStaffId: number | null;
  assigneeStaffName: string | null;
  assigneeText: string;
  frequency: string;
  period: string;
};

export type PlanGoalEvaluationView = {
  goalId: number;
  kind: PlanGoalKind;
  text: string;
  result: GoalResult;
  comment: string;
};

export type PlanEvaluationView = {
  id: number;
  evaluatedOn: string;
  personChange: string;
  decision: PlanDecision;
  comment: string;
  /** After 終結: 終結理由 (null: not recorded) and its 補足. */
  closeReasonCode: CloseReason | null;
  closeReasonNote: string;
  evaluatedById: number | null;
  evaluatedByName: string | null;
  /** In the plan's goal order. */
  goals: PlanGoalEvaluationView[];
};

/** One version in a case's plan history. */
export type PlanSummary = {
  id: number;
  caseId: number;
  /** 作成回数: 1 = 初回, 2+ = 見直し. */
  version: number;
  status: PlanStatus;
  supersedesId: number | null;
  createdOn: string;
  periodFrom: string | null;
  periodTo: string | null;
  nextEvaluationOn: string;
  confirmedAt: string | null;
  confirmedByName: string | null;
  consentOn: string | null;
  /** The decision of the latest evaluation, if any. */
  lastDecision: PlanDecision | null;
};

/** A plan as the editor, the plan screen and the print show it. */
export type PlanView = PlanSummary & {
  caseNumber: string;
  personId: number;
  personName: string;
  personKana: string;
  personWishes: string;
  householdGoal: string;
  referralParticipation: boolean;
  referralOutreach: boolean;
  confirmedById: number | null;
  approvedMeetingId: number | null;
  consentMethod: PlanConsentMethod | null;
  consentProxyName: string;
  /** The version that revises this one, once started. */
  supersededById: number | null;
  issues: PlanIssueView[];
  /** In the order written. */
  goals: PlanGoalView[];
  rows: PlanRowView[];
  /** Newest first: 継続 evaluations, then at most one that ends or revises the plan. */
  evaluations: PlanEvaluationView[];
};

/** A 確定 plan whose 次回評価予定日 has come (the home screen). */
/**
 * One page of the plans due for 評価, in the list's order (次回評価予定日, then ケース番号): the
 * first page, or the page after `after` (the last row shown). `staffId`: only cases this staff
 * member is 主担当 or 副担当 of.
 */
export const planDueInput = z.strictObject({
  staffId: idSchema.optional(),
  after: z
    .strictObject({
      nextEvaluationOn: isoDateSchema('次回評価予定日'),
      caseNumber: z.string().min(1).max(20),
      planId: idSchema,
    })
    .optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export type DuePlanPage = {
  rows: DuePlan[];
  /** Every plan due with these filters, not only this page. */
  total: number;
  /** `total` is where counting stopped (ホーム counts to 1,000): there are more. */
  totalIsLowerBound: boolean;
  hasMore: boolean;
};

export type DuePlan = {
  planId: number;
  caseId: number;
  caseNumber: string;
  personName: string;
  version: number;
  nextEvaluationOn: string;
  /** Days since 次回評価予定日 (0 = today). */
  daysOverdue: number;
  mainStaffId: number | null;
  mainStaffName: string | null;
};

export type PlanEvaluateResult = {
  /** The evaluated plan after the evaluation. */
  plan: PlanView;
  /** The new 案 a 見直し started; null for other decisions. */
  nextPlanId: number | null;
};
