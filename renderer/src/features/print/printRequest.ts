import type { CallOutput } from '../../../../electron/contract';
import { call } from '../../api/call';

/** A printed form as the main side returns it: a title and one complete HTML document. */
export type PrintedDocument = CallOutput<'print.intake'>;

/** Which form of which case to print; 経過記録 may be narrowed to a range of dates (ISO). */
export type PrintRequest =
  | { form: 'intake'; caseId: number }
  | { form: 'notes'; caseId: number; from?: string; to?: string };

/** Asks the main side for the document (the print is audited there). */
export function loadPrintedDocument(request: PrintRequest): Promise<PrintedDocument> {
  if (request.form === 'intake') return call('print.intake', { caseId: request.caseId });
  const { caseId, from, to } = request;
  return call('print.notes', { caseId, from, to });
}
