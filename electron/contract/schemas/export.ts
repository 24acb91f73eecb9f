import { z } from '../zodJapanese';
import { caseListInput } from './caseWork';

/** A month as `YYYY-MM` (the report's 当月), within the years dates may have. */
export const reportMonthSchema = z
  .string({ error: '対象月を入力してください' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '対象月は YYYY-MM の形で指定してください' })
  .refine((s) => s >= '2000-01' && s <= '2100-12', { error: '対象月の年が範囲外です' });

/**
 * 月次実績報告 of a month: the month and its 年度 to date. A month not over yet (in Japan) is
 * refused unless `allowPartial` says the person saw the warning: its workbook is marked 集計途中.
 */
export const exportReportInput = z.strictObject({
  month: reportMonthSchema,
  allowPartial: z.boolean().default(false),
});

/** The case list's filters and sort, as the case list screen sends them (no paging). */
export const caseExportFiltersSchema = caseListInput.omit({ limit: true, cursor: true });

/** ケース一覧 as a workbook: the cases the list shows for the filters, optionally with initials. */
export const exportCasesInput = z.strictObject({
  filters: caseExportFiltersSchema.default({
    status: 'open',
    sort: 'receivedDesc',
  }),
  /** 氏名 as initials from the ふりがな (山田 太郎 → Y.T.), and no ふりがな column values. */
  initials: z.boolean().default(false),
});

/**
 * What an export gives back. In the desktop app the main side asks where to save and writes
 * the file (`saved`, or `cancelled` with nothing built or audited); in the web harness the
 * renderer receives the bytes as base64 and the browser downloads them.
 */
export type ExportedFile =
  | { status: 'saved'; fileName: string; rows: number }
  | { status: 'cancelled' }
  | { status: 'download'; fileName: string; rows: number; contentBase64: string };
