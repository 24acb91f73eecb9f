import type { CallOutput } from '../../../../electron/contract';
import { call } from '../../api/call';

/** A printed form as the main side returns it: a title and one complete HTML document. */
export type PrintedDocument = CallOutput<'print.intake'>;

/** Which form of which case to print; 経過記録 may be narrowed to a range of dates (ISO). */
export type PrintRequest =
  | { form: 'intake'; caseId: number }
  | { form: 'notes'; caseId: number; from?: string; to?: string }
  /** 支援プラン: the latest version unless one is named. */
  | { form: 'plan'; caseId: number; version?: number }
  /** 評価シート: one evaluation of the plan version, its latest unless one is named. */
  | { form: 'evaluation'; planId: number; evaluationId?: number }
  /** 会議資料 and 会議録 of a meeting; `initials` prints people's names as initials. */
  | { form: 'meetingHandout'; meetingId: number; initials: boolean }
  | { form: 'meetingMinutes'; meetingId: number; initials: boolean }
  /** 一日の相談記録: one day of a staff member, or of the office (null). */
  | { form: 'dailyRecord'; date: string; staffId: number | null };

/** Asks the main side for the document (the print is audited there). */
export function loadPrintedDocument(request: PrintRequest): Promise<PrintedDocument> {
  switch (request.form) {
    case 'intake':
      return call('print.intake', { caseId: request.caseId });
    case 'notes':
      return call('print.notes', { caseId: request.caseId, from: request.from, to: request.to });
    case 'plan':
      return call('print.plan', { caseId: request.caseId, version: request.version });
    case 'evaluation':
      return call('print.evaluation', {
        planId: request.planId,
        evaluationId: request.evaluationId,
      });
    case 'meetingHandout':
      return call('print.meetingHandout', {
        meetingId: request.meetingId,
        initials: request.initials,
      });
    case 'dailyRecord':
      return call('print.dailyRecord', { date: request.date, staffId: request.staffId });
    case 'meetingMinutes':
      return call('print.meetingMinutes', {
        meetingId: request.meetingId,
        initials: request.initials,
      });
  }
}
