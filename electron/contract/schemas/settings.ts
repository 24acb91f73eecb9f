import { z } from '../zodJapanese';
import { displayTextSchema } from './common';

/** Office-wide settings every user sees; only 管理者 changes them. */
export type Settings = {
  municipalityName: string;
  idleLockMinutes: number;
};

export const idleLockMinutesSchema = z
  .number()
  .int({ error: '自動ロックまでの時間は整数で入力してください' })
  .min(1, { error: '自動ロックまでの時間は1分以上にしてください' })
  .max(120, { error: '自動ロックまでの時間は120分以内にしてください' });

export const settingsUpdateInput = z.strictObject({
  municipalityName: displayTextSchema('自治体名', 50).optional(),
  idleLockMinutes: idleLockMinutesSchema.optional(),
});
