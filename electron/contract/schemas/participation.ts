import {
  matchStatuses,
  resourceKinds,
  type MatchStatus,
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
  contact: lineSchema('連絡先', 200).default(''),
  active: z.boolean().default(true),
  memo: textSchema('メモ', 4000).default(''),
};

export const resourceCreateInput = z.strictObject(resourceFields);
export const resourceUpdateInput = z.strictObject({ id: idSchema, ...resourceFields });

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
  contact: string;
  active: boolean;
  memo: string;
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
