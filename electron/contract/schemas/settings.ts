import { z } from '../zodJapanese';
import { displayTextSchema } from './common';

/** Office-wide settings every user sees; only 管理者 changes them. */
export type Settings = {
  municipalityName: string;
  idleLockMinutes: number;
  /** Months from a plan's 作成日 (or a 継続 evaluation) to its 次回評価予定日. */
  planEvaluationMonths: number;
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

export const settingsUpdateInput = z.strictObject({
  municipalityName: displayTextSchema('自治体名', 50).optional(),
  idleLockMinutes: idleLockMinutesSchema.optional(),
  planEvaluationMonths: planEvaluationMonthsSchema.optional(),
});
