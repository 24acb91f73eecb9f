import { defineCall } from '../defineCall';
import { anyRole } from '../roles';
import { dailyRecordInput } from '../schemas/dailyRecord';
import {
  printEvaluationInput,
  printIntakeInput,
  printNotesInput,
  printPlanInput,
  printSavePdfInput,
  type PrintedDocument,
} from '../schemas/print';

/** Print views: each returns one complete HTML document to preview and print; each is audited. */
export const printCalls = {
  /** 相談受付・申込票 of a case, with the application and consent block to sign. */
  'print.intake': defineCall<PrintedDocument>()({ input: printIntakeInput, access: anyRole }),
  /** 経過記録 of a case, oldest first, for all dates or a range. */
  'print.notes': defineCall<PrintedDocument>()({ input: printNotesInput, access: anyRole }),
  /** 支援プラン of a case: one version (the latest when omitted), with the 本人同意 block. */
  'print.plan': defineCall<PrintedDocument>()({ input: printPlanInput, access: anyRole }),
  /** 評価シート: the latest evaluation of a plan version. */
  'print.evaluation': defineCall<PrintedDocument>()({
    input: printEvaluationInput,
    access: anyRole,
  }),
  /** 一日の相談記録 of one staff member or the office (閲覧制限 applies). */
  'print.dailyRecord': defineCall<PrintedDocument>()({
    input: dailyRecordInput,
    access: anyRole,
  }),
  /** PDFとして保存 in the desktop app (save dialog, then the PDF); audited with format pdf. */
  'print.savePdf': defineCall<{ saved: boolean }>()({ input: printSavePdfInput, access: anyRole }),
} as const;
