import type { Db } from '../../../db/database';
import { AppError } from '../../contract/errors';
import type { PrintedDocument } from '../../contract/schemas/print';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import type { Clock } from '../clock';
import type { PdfSaver } from './pdfSaver';
import type { PrintOptions } from './printCaseDocument';
import { printDailyRecord } from './printDailyRecord';
import { printEvaluation } from './printEvaluation';
import { printIntake } from './printIntake';
import { printMeetingHandout } from './printMeetingHandout';
import { printMeetingMinutes } from './printMeetingMinutes';
import { printNotes } from './printNotes';
import { printPlan } from './printPlan';

type SaveInput = ParsedInput<'print.savePdf'>;

function buildDocument(db: Db, actor: Actor, clock: Clock, input: SaveInput): PrintedDocument {
  const pdf: PrintOptions = { format: 'pdf' };
  switch (input.form) {
    case 'intake':
      return printIntake(db, actor, clock, { caseId: input.caseId }, pdf);
    case 'notes':
      return printNotes(
        db,
        actor,
        clock,
        { caseId: input.caseId, from: input.from, to: input.to },
        pdf,
      );
    case 'plan':
      return printPlan(db, actor, clock, { caseId: input.caseId, version: input.version }, pdf);
    case 'evaluation':
      return printEvaluation(
        db,
        actor,
        clock,
        { planId: input.planId, evaluationId: input.evaluationId },
        pdf,
      );
    case 'dailyRecord':
      return printDailyRecord(db, actor, clock, { date: input.date, staffId: input.staffId }, pdf);
    case 'meetingHandout':
      return printMeetingHandout(db, actor, clock, input, pdf);
    case 'meetingMinutes':
      return printMeetingMinutes(db, actor, clock, input, pdf);
  }
}

/** The file name offered in the save dialog (the user may add the case number). */
const suggestedFileNames: Record<SaveInput['form'], string> = {
  intake: '相談受付・申込票.pdf',
  notes: '経過記録.pdf',
  plan: '支援プラン.pdf',
  evaluation: '評価シート.pdf',
  dailyRecord: '一日の相談記録.pdf',
  meetingHandout: '会議資料.pdf',
  meetingMinutes: '会議録.pdf',
};

/**
 * PDFとして保存: the user picks the file first (a cancel writes nothing and audits nothing),
 * then the document is built and audited with format pdf, then written.
 */
export async function savePrintAsPdf(
  db: Db,
  actor: Actor,
  clock: Clock,
  saver: PdfSaver | null,
  input: SaveInput,
): Promise<{ saved: boolean }> {
  if (!saver) {
    throw new AppError(
      'NOT_AVAILABLE',
      'PDFとして保存はデスクトップ版で使えます。ブラウザでは「印刷」から「PDFに保存」を選んでください。',
    );
  }
  const path = await saver.choosePath(suggestedFileNames[input.form]);
  if (path === null) return { saved: false };
  const document = buildDocument(db, actor, clock, input);
  await saver.write(document.html, path);
  return { saved: true };
}
