import { defineCall } from '../defineCall';
import { writers } from '../roles';
import type { ExportedFile } from '../schemas/export';
import { importPreviewInput, importRunInput, type ImportReport } from '../schemas/import';

/** Import of the office's old spreadsheets (相談受付簿, 関係機関一覧, 社会資源一覧): a workbook's bytes in, a report out. */
export const importCalls = {
  /** What importing the workbook would do: columns, first rows, every problem; writes nothing. */
  'import.preview': defineCall<ImportReport>()({ input: importPreviewInput, access: writers }),
  /** Imports the workbook all-or-nothing (or only its valid rows with `skipInvalid`); audited. */
  'import.run': defineCall<ImportReport>()({ input: importRunInput, access: writers }),
  /** The rows the import would refuse, with 理由, as a workbook (save dialog or browser download). */
  'import.errorsWorkbook': defineCall<ExportedFile>()({
    input: importPreviewInput,
    access: writers,
  }),
} as const;
