import { meetingKinds, type MeetingKind } from '../meetingCodes';
import { z } from '../zodJapanese';
import { displayTextSchema } from './common';

/** Office-wide settings every user sees; only 管理者 changes them. */
export type Settings = {
  municipalityName: string;
  idleLockMinutes: number;
  /** Months from a plan's 作成日 (or a 継続 evaluation) to its 次回評価予定日. */
  planEvaluationMonths: number;
  /** The office's names of the meeting kinds (towns name them differently); views and prints use them. */
  meetingKindNames: Record<MeetingKind, string>;
};

export const idleLockMinutesSchema = z
  .number()
  .int({ error: '自動ロックまでの時間は整数で入力してください' })
  .min(1, { error: '自動ロックまでの時間は1分以上にしてください' })
  .max(120, { error: '自動ロックまでの時間は120分以内にしてください' });

export const planEvaluationMonthsSchema = z
  .number()
  .int({ error: '次回評価までの月数は整数で入力してください' })
  .min(1, { error: '次回評価までの月数は1か月以上にしてください' })
  .max(24, { error: '次回評価までの月数は24か月以内にしてください' });

const kindNameSchema = (kind: MeetingKind) =>
  displayTextSchema(`「${meetingKinds.labels[kind]}」の名称`, 30);

/** All four names at once, each non-empty and no two alike (a list must tell them apart). */
export const meetingKindNamesSchema = z
  .strictObject({
    shien: kindNameSchema('shien'),
    jusou: kindNameSchema('jusou'),
    case: kindNameSchema('case'),
    study: kindNameSchema('study'),
  })
  .refine((names) => new Set(Object.values(names)).size === meetingKinds.codes.length, {
    error: '会議の種類の名称が重複しています',
  });

export const settingsUpdateInput = z.strictObject({
  municipalityName: displayTextSchema('自治体名', 50).optional(),
  idleLockMinutes: idleLockMinutesSchema.optional(),
  planEvaluationMonths: planEvaluationMonthsSchema.optional(),
  meetingKindNames: meetingKindNamesSchema.optional(),
});
