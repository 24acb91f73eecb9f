import { z } from '../zodJapanese';
import { idSchema, isoDateSchema } from './fieldSchemas';

/** A print document: its title (for the window and a file name) and one complete HTML document. */
export type PrintedDocument = { title: string; html: string };

export const printIntakeInput = z.strictObject({ caseId: idSchema });

/** 支援プラン of a case: one version (作成回数), the latest when omitted. */
export const printPlanInput = z.strictObject({ caseId: idSchema, version: idSchema.optional() });

/** 評価シート of one evaluation of a plan version, its latest when `evaluationId` is omitted. */
export const printEvaluationInput = z.strictObject({
  planId: idSchema,
  evaluationId: idSchema.optional(),
});

const noteRangeFields = {
  from: isoDateSchema('期間（開始）').optional(),
  to: isoDateSchema('期間（終了）').optional(),
};

function inOrder(range: { from?: string | undefined; to?: string | undefined }): boolean {
  return range.from === undefined || range.to === undefined || range.from <= range.to;
}
const outOfOrder = { error: '期間の終了は開始と同じ日かそれより後にしてください', path: ['to'] };

/** A range of dates of 経過記録, both ends included, either end open. */
export const noteRangeInput = z.strictObject(noteRangeFields).refine(inOrder, outOfOrder);

/** 経過記録 of a case; `from` and `to` (both included) narrow it to a range of dates. */
export const printNotesInput = z
  .strictObject({ caseId: idSchema, ...noteRangeFields })
  .refine(inOrder, outOfOrder);

/** PDFとして保存 (desktop): which document; the file is chosen in the system's save dialog. */
export const printSavePdfInput = z.discriminatedUnion('form', [
  z.strictObject({ form: z.literal('intake'), caseId: idSchema }),
  z.strictObject({ form: z.literal('notes'), caseId: idSchema, ...noteRangeFields }),
  z.strictObject({ form: z.literal('plan'), caseId: idSchema, version: idSchema.optional() }),
  z.strictObject({
    form: z.literal('evaluation'),
    planId: idSchema,
    evaluationId: idSchema.optional(),
  }),
  z.strictObject({
    form: z.literal('dailyRecord'),
    date: isoDateSchema('日付'),
    staffId: idSchema.nullable().default(null),
  }),
  z.strictObject({
    form: z.literal('meetingHandout'),
    meetingId: idSchema,
    initials: z.boolean().default(false),
  }),
  z.strictObject({
    form: z.literal('meetingMinutes'),
    meetingId: idSchema,
    initials: z.boolean().default(false),
  }),
]);
