import { withTransaction, type Db } from '../../../../db/database';
import { AppError } from '../../../contract/errors';
import { japanDateOf } from '../../../contract/japaneseDate/japanTime';
import { partialMonthWarning, reportMonthState } from '../../../contract/reportMonthState';
import type { ExportedFile } from '../../../contract/schemas/export';
import type { ParsedInput } from '../../../contract/types';
import type { Actor } from '../../audit/actor';
import { appendAudit } from '../../audit/appendAudit';
import type { Clock } from '../../clock';
import { warekiDate } from '../../print/wareki';
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
 * Refuses the report of a month not over yet in Japan (today's 月, or a later one) unless the
 * caller says the person was warned (`allowPartial`: the UI's confirmation, the CLI's
 * `--allow-partial`): counted before its last day, it would pass for the month's figures.
 */
export function requireMonthOver(month: string, now: Date, allowPartial: boolean): void {
  const state = reportMonthState(month, now);
  if (state === 'ended' || allowPartial) return;
  throw new AppError(
    'CONFLICT',
    partialMonthWarning(state, warekiMonth(month), warekiDate(japanDateOf(now))),
  );
}

/**
 * The monthly report's workbook for `YYYY-MM`, made now (Japan time), with the audit row to
 * write once it has left: the month and the number of codes (counts only, never a name).
 */
export async function buildReportExport(
  db: Db,
  actor: Actor,
  clock: Clock,
  month: string,
  allowPartial: boolean,
): Promise<BuiltExport> {
  const now = clock.now();
  requireMonthOver(month, now, allowPartial);
  const report = buildMonthlyReport(db, month, now);
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
          detail: {
            month,
            format: 'xlsx',
            rows,
            delivery,
            ...(report.monthState === 'ended' ? {} : { partial: true }),
          },
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
    buildReportExport(db, actor, clock, input.month, input.allowPartial),
  );
}
