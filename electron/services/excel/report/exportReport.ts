import { withTransaction, type Db } from '../../../../db/database';
import type { ExportedFile } from '../../../contract/schemas/export';
import type { ParsedInput } from '../../../contract/types';
import type { Actor } from '../../audit/actor';
import { appendAudit } from '../../audit/appendAudit';
import type { Clock } from '../../clock';
import { deliverXlsx, type BuiltExport } from '../workbook/deliverFile';
import { warekiMonth } from '../workbook/excelDates';
import type { FileSaver } from '../workbook/fileSaver';
import { buildMonthlyReport } from './monthlyReport';
import { reportItems } from './reportCodes';
import { writeReportWorkbook } from './reportWorkbook';

/** The file name offered for a month's report: 実績報告_令和7年10月分.xlsx. */
export function reportFileName(month: string): string {
  return `実績報告_${warekiMonth(month)}分.xlsx`;
}

/**
 * The monthly report's workbook for `YYYY-MM`, made today (Japan time), with the audit row to
 * write once it has left: the month and the number of codes (counts only, never a name).
 */
export async function buildReportExport(
  db: Db,
  actor: Actor,
  clock: Clock,
  month: string,
): Promise<BuiltExport> {
  const report = buildMonthlyReport(db, month, clock.now());
  const bytes = await writeReportWorkbook(report);
  const rows = reportItems.length;
  return {
    bytes,
    rows,
    audit: (delivery) =>
      withTransaction(db, (tx) =>
        appendAudit(tx, {
          at: clock.now(),
          actor,
          action: 'export.report',
          detail: { month, format: 'xlsx', rows, delivery },
        }),
      ),
  };
}

/** export.report: 月次実績報告 saved through the desktop's dialog, or as a browser download. */
export function exportReport(
  db: Db,
  actor: Actor,
  clock: Clock,
  saver: FileSaver | null,
  input: ParsedInput<'export.report'>,
): Promise<ExportedFile> {
  return deliverXlsx(saver, reportFileName(input.month), () =>
    buildReportExport(db, actor, clock, input.month),
  );
}
