import { printDailyRecord } from '../../services/print/printDailyRecord';
import { printEvaluation } from '../../services/print/printEvaluation';
import { printIntake } from '../../services/print/printIntake';
import { printNotes } from '../../services/print/printNotes';
import { printPlan } from '../../services/print/printPlan';
import { savePrintAsPdf } from '../../services/print/savePrintAsPdf';
import type { DomainHandlers } from '../handlerTypes';
import type { MeetingPrintName } from './meetingPrintHandlers';

/** The case forms; the meeting forms are in meetingPrintHandlers.ts. */
export const printHandlers: Omit<DomainHandlers<'print'>, MeetingPrintName> = {
  'print.intake': ({ db, actor, clock }, input) => printIntake(db, actor, clock, input),
  'print.notes': ({ db, actor, clock }, input) => printNotes(db, actor, clock, input),
  'print.plan': ({ db, actor, clock }, input) => printPlan(db, actor, clock, input),
  'print.evaluation': ({ db, actor, clock }, input) => printEvaluation(db, actor, clock, input),
  'print.dailyRecord': ({ db, actor, clock }, input) => printDailyRecord(db, actor, clock, input),
  'print.savePdf': ({ db, actor, clock, pdfSaver }, input) =>
    savePrintAsPdf(db, actor, clock, pdfSaver, input),
};
