import { activityKinds, type ActivityKind } from '../communityCodes';
import { z } from '../zodJapanese';
import {
  idSchema,
  isoDateSchema,
  lineSchema,
  requiredLineSchema,
  textSchema,
} from './fieldSchemas';

const countSchema = (label: string) =>
  z
    .number()
    .int({ error: `${label}は整数で入力してください` })
    .min(0, { error: `${label}は0以上にしてください` })
    .max(100000, { error: `${label}が大きすぎます` });

const activityFields = {
  heldOn: isoDateSchema('開催日'),
  name: requiredLineSchema('名称', 100),
  kind: z.enum(activityKinds.codes, { error: '種類を選んでください' }),
  place: lineSchema('場所', 200).default(''),
  district: lineSchema('地区', 50).default(''),
  organisers: lineSchema('主催・運営', 200).default(''),
  participants: countSchema('参加者数'),
  participantsElderly: countSchema('参加者数（高齢）').nullable().default(null),
  participantsDisability: countSchema('参加者数（障害）').nullable().default(null),
  participantsChildren: countSchema('参加者数（子ども）').nullable().default(null),
  participantsOther: countSchema('参加者数（その他）').nullable().default(null),
  organisations: textSchema('参加団体', 2000).default(''),
  note: textSchema('記録', 4000).default(''),
};

type GroupCounts = {
  participants: number;
  participantsElderly: number | null;
  participantsDisability: number | null;
  participantsChildren: number | null;
  participantsOther: number | null;
};

/** The groups are a breakdown of the total: their sum cannot exceed it. */
function groupsWithinTotal(a: GroupCounts): boolean {
  const groups = [
    a.participantsElderly,
    a.participantsDisability,
    a.participantsChildren,
    a.participantsOther,
  ];
  return groups.reduce<number>((sum, n) => sum + (n ?? 0), 0) <= a.participants;
}
const groupsOver = {
  error: '内訳の合計が参加者数を超えています',
  path: ['participants'],
};

export const activityCreateInput = z
  .strictObject(activityFields)
  .refine(groupsWithinTotal, groupsOver);
export const activityUpdateInput = z
  .strictObject({ id: idSchema, ...activityFields })
  .refine(groupsWithinTotal, groupsOver);
export const activityGetInput = z.strictObject({ id: idSchema });
/** Activities in a period (both ends included), newest first. */
export const activityListInput = z.strictObject({
  from: isoDateSchema('期間（開始）').optional(),
  to: isoDateSchema('期間（終了）').optional(),
  kind: z.enum(activityKinds.codes).optional(),
});

export type ActivityView = {
  id: number;
  heldOn: string;
  name: string;
  kind: ActivityKind;
  place: string;
  district: string;
  organisers: string;
  participants: number;
  participantsElderly: number | null;
  participantsDisability: number | null;
  participantsChildren: number | null;
  participantsOther: number | null;
  organisations: string;
  note: string;
  staffName: string | null;
};
