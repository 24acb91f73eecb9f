import { previousMonthInJapan } from '../../electron/services/excel/report/reportPeriod';
import { countReport } from '../../electron/services/excel/report/countReport';
import { buildMonthlyReport } from '../../electron/services/excel/report/monthlyReport';
import { reportPeriods } from '../../electron/services/excel/report/reportPeriod';
import { writeReportWorkbook } from '../../electron/services/excel/report/reportWorkbook';
import { count } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { supportCase } from '../../db/schema';
import { isMainModule, openExportBenchData } from './exportBenchData';
import { timeAsync, timeSync, type Timing } from './timing';

export type ReportBenchResult = {
  month: string;
  cases: number;
  /** Counting one period (the month, then the 年度 to date). */
  monthCounts: Timing;
  fiscalYearCounts: Timing;
  /** The whole export: both columns counted, the workbook written to bytes. */
  workbook: Timing;
  bytes: number;
};

/** Times the monthly report on an open data set (issue 7: the 集計 and データ sheets). */
export async function benchReport(db: Db, month: string, runs = 20): Promise<ReportBenchResult> {
  const periods = reportPeriods(month);
  const monthCounts = timeSync(runs, () => void countReport(db, periods.monthPeriod));
  const fiscalYearCounts = timeSync(runs, () => void countReport(db, periods.fiscalYearPeriod));
  let bytes = 0;
  const workbook = await timeAsync(runs, async () => {
    const report = buildMonthlyReport(db, month, new Date(`${month}-28T03:00:00.000Z`));
    bytes = (await writeReportWorkbook(report)).length;
  });
  const cases = db.select({ n: count() }).from(supportCase).get()?.n ?? 0;
  return { month, cases, monthCounts, fiscalYearCounts, workbook, bytes };
}

function line(label: string, timing: Timing): string {
  return `${label}: 中央値 ${timing.medianMs.toFixed(1)} ms / p95 ${timing.p95Ms.toFixed(1)} ms（${timing.runs}回）`;
}

// npx tsx scripts/bench/reportBench.ts [--scale town|city | --data DIR] [--month YYYY-MM]
if (isMainModule(import.meta.url)) {
  const data = openExportBenchData(process.argv.slice(2), 'town');
  const monthArg = process.argv.indexOf('--month');
  const month =
    monthArg > 0 ? (process.argv[monthArg + 1] ?? '') : previousMonthInJapan(new Date());
  try {
    const result = await benchReport(data.db, month);
    process.stdout.write(
      [
        `月次実績報告 ${result.month}（ケース ${result.cases.toLocaleString()} 件）`,
        line('当月の集計', result.monthCounts),
        line('年度累計の集計', result.fiscalYearCounts),
        line('ブック作成（両列の集計＋xlsx）', result.workbook),
        `ファイルの大きさ: ${(result.bytes / 1024).toFixed(1)} KB`,
      ].join('\n') + '\n',
    );
  } finally {
    data.close();
  }
}
