import {
  closeReasons,
  consentKinds,
  consentMethods,
  consentStates,
  fields,
  noteMeans,
  routes,
  stages,
  urgencies,
  type CloseReason,
  type ConsentKind,
  type ConsentMethod,
  type ConsentState,
  type Field,
  type NoteMeans,
  type Route,
  type Stage,
  type Urgency,
} from '../caseCodes';
import { z } from '../zodJapanese';
import {
  idSchema,
  isoDateSchema,
  lineSchema,
  localDateTimeSchema,
  requiredLineSchema,
  textSchema,
} from './fieldSchemas';
import type { WithdrawalView } from './history';
import { householdFields, personFields, type HouseholdView, type PersonView } from './household';

const tagListSchema = z.array(requiredLineSchema('課題', 50)).max(30);
const mainTagSchema = lineSchema('主な課題', 50);
export const mainTagNotInTags = '主な課題は選んだ課題の中から選んでください';
const fieldListSchema = z
  .array(z.enum(fields.codes))
  .min(1, { error: '相談分野を1つ以上選んでください' });

/** 本人 of an intake: an existing person, or a new one in an existing or new household. */
const intakePersonSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('existing'), personId: idSchema }),
  z.strictObject({
    mode: z.literal('newInHousehold'),
    householdId: idSchema,
    person: personFields,
  }),
  z.strictObject({
    mode: z.literal('newHousehold'),
    household: householdFields,
    person: personFields,
  }),
]);

/** The longest 主訴 a case keeps (characters as the form counts them, UTF-16 units). */
export const chiefComplaintMaxLength = 4000;

/** 相談受付: saving it creates a case numbered by 年度 (R8-0001). 受付日 may not be in the future. */
export const caseIntakeInput = z
  .strictObject({
    receivedOn: isoDateSchema('受付日'),
    receivedBy: idSchema,
    route: z.enum(routes.codes, { error: '相談経路を選んでください' }),
    visitorName: lineSchema('来談者', 100).default(''),
    visitorRelation: lineSchema('来談者の続柄', 30).default(''),
    visitorPhone: lineSchema('来談者の電話', 50).default(''),
    person: intakePersonSchema,
    fields: fieldListSchema,
    tags: tagListSchema.default([]),
    /** 主な課題: one of `tags`, the most pressing (◎ on the 相談受付票); '' for none chosen. */
    mainTag: mainTagSchema.default(''),
    chiefComplaint: textSchema('主訴', chiefComplaintMaxLength).default(''),
    urgency: z.enum(urgencies.codes).default('normal'),
  })
  .refine((input) => input.mainTag === '' || input.tags.includes(input.mainTag), {
    path: ['mainTag'],
    error: mainTagNotInTags,
  });

/** Changes to a case's header; only the keys sent are changed. */
export const caseUpdateInput = z.strictObject({
  id: idSchema,
  stage: z.enum(stages.codes).exclude(['closed']).optional(),
  mainStaffId: idSchema.nullable().optional(),
  subStaffId: idSchema.nullable().optional(),
  mainAgencyId: idSchema.nullable().optional(),
  coordination: z.boolean().optional(),
  coordinationOn: isoDateSchema('多機関協働の開始日').nullable().optional(),
  outreach: z.boolean().optional(),
  restricted: z.boolean().optional(),
  fields: fieldListSchema.optional(),
  tags: tagListSchema.optional(),
  /** 主な課題 ('' for none); must be one of the case's tags after the change. */
  mainTag: mainTagSchema.optional(),
  chiefComplaint: textSchema('主訴', chiefComplaintMaxLength).optional(),
  urgency: z.enum(urgencies.codes).optional(),
  route: z.enum(routes.codes).optional(),
});

/** 終結: the date, 終結理由 chosen from the official list and its 補足 (needed for その他). */
export const caseCloseInput = z
  .strictObject({
    id: idSchema,
    closedOn: isoDateSchema('終結日'),
    closeReasonCode: z.enum(closeReasons.codes, { error: '終結理由を選んでください' }),
    closeReason: lineSchema('終結理由の補足', 200).default(''),
  })
  .refine((c) => c.closeReasonCode !== 'other' || c.closeReason.trim() !== '', {
    error: '「その他」のときは終結理由の補足を入力してください',
    path: ['closeReason'],
  });

export const caseGetInput = z.strictObject({ id: idSchema });

export const caseListInput = z.strictObject({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  stages: z.array(z.enum(stages.codes)).optional(),
  staffId: idSchema.optional(),
  field: z.enum(fields.codes).optional(),
  tag: requiredLineSchema('課題', 50).optional(),
  consent: z
    .strictObject({ kind: z.enum(consentKinds.codes), state: z.enum(consentStates.codes) })
    .optional(),
  coordination: z.boolean().optional(),
  receivedFrom: isoDateSchema('期間（開始）').optional(),
  receivedTo: isoDateSchema('期間（終了）').optional(),
  sort: z.enum(['receivedDesc', 'receivedAsc', 'caseNumber', 'stage']).default('receivedDesc'),
  limit: z.number().int().min(1).max(200).default(50),
  /** Opaque keyset cursor from the previous page (no deep OFFSET). */
  cursor: z.string().max(200).nullable().default(null),
});

export const consentRecordInput = z.strictObject({
  caseId: idSchema,
  kind: z.enum(consentKinds.codes),
  state: z.enum(consentStates.codes),
  recordedOn: isoDateSchema('日付'),
  method: z.enum(consentMethods.codes).nullable().default(null),
  proxyName: lineSchema('代筆者', 100).default(''),
  agencyIds: z.array(idSchema).max(50).default([]),
  note: textSchema('備考', 1000).default(''),
});

const noteFields = {
  occurredAt: localDateTimeSchema('日時'),
  means: z.enum(noteMeans.codes, { error: '手段を選んでください' }),
  counterpart: lineSchema('相手', 100).default(''),
  facts: textSchema('内容', 10000).default(''),
  assessment: textSchema('所見', 10000).default(''),
  nextAction: textSchema('次の対応', 2000).default(''),
  minutes: z.number().int().min(0).max(1440).nullable().default(null),
  /** The day 次の対応 is due (ホーム lists it from that day until it is done). */
  nextActionOn: isoDateSchema('次の対応の期日').nullable().default(null),
  /** Who does it; null: the note's writer. */
  nextActionStaffId: idSchema.nullable().default(null),
};

/** A date needs a 次の対応 to be due, and a staff member needs a date. */
function nextActionIssues(
  note: { nextAction: string; nextActionOn: string | null; nextActionStaffId: number | null },
  ctx: z.RefinementCtx,
): void {
  if (note.nextActionOn !== null && note.nextAction.trim() === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['nextAction'],
      message: '期日を付けるときは次の対応を書いてください',
    });
  }
  if (note.nextActionStaffId !== null && note.nextActionOn === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextActionOn'],
      message: '担当者を決めるときは次の対応の期日を入れてください',
    });
  }
}

export const noteCreateInput = z
  .strictObject({ caseId: idSchema, ...noteFields })
  .superRefine(nextActionIssues);
export const noteUpdateInput = z
  .strictObject({ id: idSchema, ...noteFields })
  .superRefine(nextActionIssues);

export const caseAgencySetInput = z.strictObject({
  caseId: idSchema,
  agencyId: idSchema,
  role: lineSchema('役割', 200).default(''),
});
export const caseAgencyRemoveInput = z.strictObject({ caseId: idSchema, agencyId: idSchema });

/** One line of a case list. */
export type CaseSummary = {
  id: number;
  caseNumber: string;
  personId: number;
  personName: string;
  personKana: string;
  householdId: number;
  stage: Stage;
  receivedOn: string;
  route: Route;
  fields: Field[];
  tags: string[];
  urgency: Urgency;
  mainStaffId: number | null;
  mainStaffName: string | null;
  coordination: boolean;
  restricted: boolean;
  closedOn: string | null;
};

export type CaseListResult = { rows: CaseSummary[]; total: number; nextCursor: string | null };

export type ConsentView = {
  id: number;
  kind: ConsentKind;
  state: ConsentState;
  recordedOn: string;
  method: ConsentMethod | null;
  proxyName: string;
  obtainedById: number | null;
  obtainedByName: string | null;
  agencies: Array<{ id: number; name: string }>;
  note: string;
};

export type NoteView = {
  id: number;
  caseId: number;
  occurredAt: string;
  means: NoteMeans;
  counterpart: string;
  staffId: number | null;
  staffName: string | null;
  facts: string;
  assessment: string;
  nextAction: string;
  minutes: number | null;
  /** 次の対応 with a date: when, for whom, and whether it is done. */
  nextActionDue: NextActionDue | null;
  /** The note's version: 1 as first written, one more for each correction (訂正履歴). */
  version: number;
  /** 取消: a note written in error stays listed, marked withdrawn. */
  withdrawn: WithdrawalView | null;
};

/** A note's dated 次の対応. */
export type NextActionDue = {
  id: number;
  dueOn: string;
  staffId: number;
  staffName: string;
  /** ISO UTC when marked done, and by whom; null while open. */
  doneAt: string | null;
  doneByName: string | null;
};

export type CaseAgencyView = {
  agencyId: number;
  name: string;
  kind: string;
  phone: string;
  role: string;
};

/** Everything the case screen shows. `consents.current` is the latest record of each kind. */
export type CaseDetail = CaseSummary & {
  receivedBy: number | null;
  receivedByName: string | null;
  visitorName: string;
  visitorRelation: string;
  visitorPhone: string;
  /** 主な課題: one of `tags`, or '' when none was chosen. */
  mainTag: string;
  chiefComplaint: string;
  subStaffId: number | null;
  subStaffName: string | null;
  mainAgencyId: number | null;
  mainAgencyName: string | null;
  coordinationOn: string | null;
  outreach: boolean;
  /** The アウトリーチ record 支援へ移行 opened this case from (its contact history), if any. */
  outreachId?: number | null;
  /** 終結理由 as a code (null: closed before codes, or not closed) and its 補足. */
  closeReasonCode: CloseReason | null;
  closeReason: string;
  person: PersonView;
  household: HouseholdView;
  consents: { current: Record<ConsentKind, ConsentView | null>; history: ConsentView[] };
  agencies: CaseAgencyView[];
  /** Newest first. */
  notes: NoteView[];
};

export type IntakeResult = {
  caseId: number;
  caseNumber: string;
  personId: number;
  householdId: number;
};
