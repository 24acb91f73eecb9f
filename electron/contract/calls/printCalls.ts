import { defineCall } from '../defineCall';
import { anyRole } from '../roles';
import { printIntakeInput, printNotesInput, type PrintedDocument } from '../schemas/print';

/** Print views: each returns one complete HTML document to preview and print; each is audited. */
export const printCalls = {
  /** 相談受付・申込票 of a case, with the application and consent block to sign. */
  'print.intake': defineCall<PrintedDocument>()({ input: printIntakeInput, access: anyRole }),
  /** 経過記録 of a case, oldest first, for all dates or a range. */
  'print.notes': defineCall<PrintedDocument>()({ input: printNotesInput, access: anyRole }),
} as const;
