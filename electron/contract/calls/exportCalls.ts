import { defineCall } from '../defineCall';
import { anyRole } from '../roles';
import { exportCasesInput, exportReportInput, type ExportedFile } from '../schemas/export';

/**
 * Excel out: each builds an xlsx from what the caller may read, saves it through the desktop's
 * save dialog (or hands the bytes to the browser), and is audited with its row count.
 */
export const exportCalls = {
  /** 月次実績報告: the 集計 and データ sheets of a month, with the 年度累計. */
  'export.report': defineCall<ExportedFile>()({ input: exportReportInput, access: anyRole }),
  /** ケース一覧: one row per case the list shows for the filters (閲覧制限 applies). */
  'export.cases': defineCall<ExportedFile>()({ input: exportCasesInput, access: anyRole }),
} as const;
