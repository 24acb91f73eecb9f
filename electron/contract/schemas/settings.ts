import { meetingKinds, type MeetingKind } from '../meetingCodes';
import { z } from '../zodJapanese';
import { displayTextSchema } from './common';
import { textSchema } from './fieldSchemas';

/** Office-wide settings every user sees; only 管理者 changes them. */
export type Settings = {
  municipalityName: string;
  idleLockMinutes: number;
  /** Months from a plan's 作成日 (or a 継続 evaluation) to its 次回評価予定日. */
  planEvaluationMonths: number;
  /** The office's names of the meeting kinds (towns name them differently); views and prints use them. */
  meetingKindNames: Record<MeetingKind, string>;
  /**
   * The office's own 個人情報の取扱い sentence, printed on the 相談受付・申込票 before the
   * application and the consent the person signs.
   */
  privacyNotice: string;
};

/** The 個人情報の取扱い sentence until 管理者 writes the office's own (管理). */
export const defaultPrivacyNotice =
  'ご相談の内容や個人情報は、相談と支援のためにだけ利用し、適切に管理します。法令に基づく場合を除き、ご本人の同意なく第三者に提供することはありません。';

/** The longest 個人情報の取扱い text (it must fit the form's box above the signatures). */
export const privacyNoticeMaxLength = 600;

export const privacyNoticeSchema = textSchema('個人情報の取扱い', privacyNoticeMaxLength)
  .trim()
  .min(1, { error: '個人情報の取扱いの文を入力してください' });

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
  privacyNotice: privacyNoticeSchema.optional(),
});
