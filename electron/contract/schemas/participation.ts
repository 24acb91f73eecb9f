import { fields, type Field } from '../caseCodes';
import {
  matchStatuses,
  resourceIntakes,
  resourceKinds,
  type MatchStatus,
  type ResourceFitReason,
  type ResourceIntake,
  type ResourceKind,
} from '../communityCodes';
import { z } from '../zodJapanese';
import {
  idSchema,
  isoDateSchema,
  lineSchema,
  requiredLineSchema,
  textSchema,
} from './fieldSchemas';

function ageSchema(label: string) {
  return z
    .number()
    .int({ error: `${label}は整数で入力してください` })
    .min(0, { error: `${label}は0以上にしてください` })
    .max(120, { error: `${label}は120以下にしてください` })
    .nullable()
    .default(null);
}

const resourceFields = {
  name: requiredLineSchema('名称', 100),
  kind: z.enum(resourceKinds.codes, { error: '種類を選んでください' }),
  hostName: lineSchema('運営・受入先', 100).default(''),
  hostAgencyId: idSchema.nullable().default(null),
  place: lineSchema('場所', 200).default(''),
  district: lineSchema('地区', 50).default(''),
  schedule: lineSchema('日時・頻度', 200).default(''),
  capacity: z
    .number()
    .int({ error: '定員は整数で入力してください' })
    .min(0, { error: '定員は0以上にしてください' })
    .max(10000)
    .nullable()
    .default(null),
  target: lineSchema('対象', 200).default(''),
  ageMin: ageSchema('対象年齢（下限）'),
  ageMax: ageSchema('対象年齢（上限）'),
  fields: z
    .array(z.enum(fields.codes, { error: '相談分野を選んでください' }))
    .max(fields.codes.length)
    .refine((list) => new Set(list).size === list.length, { error: '相談分野が重複しています' })
    .default([]),
  intake: z.enum(resourceIntakes.codes, { error: '受入状況を選んでください' }).default('open'),
  contact: lineSchema('連絡先', 200).default(''),
  active: z.boolean().default(true),
  memo: textSchema('メモ', 4000).default(''),
};

/** A range of ages where either end may be open, and a lower end never above the upper. */
const ageRangeOrdered = {
  check: (value: { ageMin: number | null; ageMax: number | null }) =>
    value.ageMin === null || value.ageMax === null || value.ageMin <= value.ageMax,
  params: { error: '対象年齢の下限は上限以下にしてください', path: ['ageMax'] },
};

export const resourceCreateInput = z
  .strictObject(resourceFields)
  .refine(ageRangeOrdered.check, ageRangeOrdered.params);
export const resourceUpdateInput = z
  .strictObject({ id: idSchema, ...resourceFields })
  .refine(ageRangeOrdered.check, ageRangeOrdered.params);

/**
 * The directory, or 「資源を探す」 from a person: active resources by kind and place (words in the
 * name, place or district), with free capacity first when `withFreeCapacity`.
 */
export const resourceListInput = z.strictObject({
  kind: z.enum(resourceKinds.codes).optional(),
  words: lineSchema('検索語', 50).default(''),
  activeOnly: z.boolean().default(true),
  withFreeCapacity: z.boolean().default(false),
});
export const resourceGetInput = z.strictObject({ id: idSchema });
/**
 * 資源を探す for a person (and the case it is for): every active resource, ranked by fit to the
 * person's age, the case's 相談分野, the household's 圏域 and the resource's room.
 */
export const resourceFindInput = z.strictObject({
  personId: idSchema,
  caseId: idSchema.nullable().default(null),
});

export const matchCreateInput = z.strictObject({
  personId: idSchema,
  caseId: idSchema.nullable().default(null),
  resourceId: idSchema,
  proposedOn: isoDateSchema('提案日'),
  hostSupport: textSchema('受入先への支援', 2000).default(''),
  note: textSchema('メモ', 4000).default(''),
});

/** A follow-up after the match, optionally moving its status (dated by `followedOn`). */
export const matchFollowUpInput = z.strictObject({
  matchId: idSchema,
  followedOn: isoDateSchema('フォローアップ日'),
  statusTo: z.enum(matchStatuses.codes).nullable().default(null),
  personNote: textSchema('本人の様子', 4000).default(''),
  hostNote: textSchema('受入先の様子・受入先への支援', 4000).default(''),
});

export const matchUpdateInput = z.strictObject({
  id: idSchema,
  hostSupport: textSchema('受入先への支援', 2000),
  note: textSchema('メモ', 4000),
});
export const matchGetInput = z.strictObject({ id: idSchema });
/** Matches of a person, or of a resource, or all open ones. */
export const matchListInput = z.strictObject({
  personId: idSchema.optional(),
  resourceId: idSchema.optional(),
  openOnly: z.boolean().default(true),
});

export type ResourceView = {
  id: number;
  name: string;
  kind: ResourceKind;
  hostName: string;
  hostAgencyId: number | null;
  hostAgencyName: string | null;
  place: string;
  district: string;
  schedule: string;
  capacity: number | null;
  /** Matches now 参加中 or 定着. */
  activeMatches: number;
  /** capacity − activeMatches; null when no capacity is set. */
  freeCapacity: number | null;
  target: string;
  ageMin: number | null;
  ageMax: number | null;
  fields: Field[];
  intake: ResourceIntake;
  contact: string;
  active: boolean;
  memo: string;
};

/** One reason a resource fits the person or not; `detail` names what matched (分野, 年齢). */
export type ResourceFitReasonView = {
  code: ResourceFitReason;
  /** good: counts for it; poor: counts against it; neutral: for information. */
  tone: 'good' | 'poor' | 'neutral';
  detail: string;
};

/** A resource as 資源を探す ranks it for one person: the fit reasons, best first. */
export type ResourceFitView = ResourceView & { fit: ResourceFitReasonView[] };

/** 資源を探す's answer: whom it ranked for, and the resources in order of fit. */
export type ResourceFindResult = {
  personName: string;
  age: number | null;
  district: string;
  fields: Field[];
  resources: ResourceFitView[];
};

export type MatchFollowupView = {
  id: number;
  followedOn: string;
  statusTo: MatchStatus | null;
  personNote: string;
  hostNote: string;
  staffName: string | null;
};

export type MatchSummary = {
  id: number;
  personId: number;
  personName: string;
  caseId: number | null;
  caseNumber: string | null;
  resourceId: number;
  resourceName: string;
  resourceKind: ResourceKind;
  status: MatchStatus;
  proposedOn: string;
  startedOn: string | null;
  endedOn: string | null;
  lastFollowUpOn: string | null;
  /** Days since the last follow-up (or since 提案 when none). */
  daysSinceFollowUp: number;
};

export type MatchView = MatchSummary & {
  staffId: number | null;
  staffName: string | null;
  hostSupport: string;
  note: string;
  /** Newest first. */
  followUps: MatchFollowupView[];
  editable: boolean;
};
