import type { Writable } from 'node:stream';
import { AppError } from '../../../electron/contract/errors';
import { japanDateOf } from '../../../electron/contract/japaneseDate/japanTime';
import { partialMonthWarning, reportMonthState } from '../../../electron/contract/reportMonthState';
import { adminOnly, anyRole } from '../../../electron/contract/roles';
import { exportCasesInput } from '../../../electron/contract/schemas/export';
import { loginInput } from '../../../electron/contract/schemas/session';
import { auditAuditExport, writeAuditExport } from '../../../electron/services/audit/exportAudit';
import { SessionManager } from '../../../electron/services/auth/sessionManager';
import {
  auditCaseListExport,
  writeCaseListExport,
} from '../../../electron/services/excel/caseList/exportCaseList';
import { buildReportExport } from '../../../electron/services/excel/report/exportReport';
import { warekiMonth } from '../../../electron/services/excel/workbook/excelDates';
import { warekiDate } from '../../../electron/services/print/wareki';
import { exitCodes } from '../cliIo';
import { defineCommand } from '../command';
import { planCredentials } from '../credentials';
import { requireInitializedFolder } from '../dataFolderChecks';
import { readExportRequest, requireXlsxDestination } from '../exportRequest';
import { parseInput } from '../parseInput';
import { UsageError } from '../usageError';
import { writeFileSafely } from '../writeFileSafely';

/**
 * `export`: logs in (audited) and writes an Excel workbook — the 月次実績報告 of a month, the
 * ケース一覧 that user may see, or (管理者 only) the 監査ログ of a period as the 監査ログ screen shows
 * it — through a temporary file, so a failure leaves no half-written workbook. Every export is
 * audited with its month or filters and row count.
 */
export const exportCommand = defineCommand({
  summary: 'Excel に出力します（月次実績報告、ケース一覧、監査ログ）',
  synopsis:
    '<report|cases|audit> --out ファイル.xlsx [--month YYYY-MM] [--allow-partial] [--status open|closed|all] [--initials] [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
  details: [
    'report: 月次実績報告（集計シートとデータシート）。--month の月と、その年度の4月1日から月末までの累計です。',
    'まだ終わっていない月（今月、日本時間）やこれからの月は、--allow-partial を付けたときだけ出力します。そのブックの題とデータシートの集計状態には「集計途中」と入ります。',
    'cases: ケース一覧（1行が1ケース）。--status で対応中（open、省略時）・終結（closed）・すべて（all）を選びます。',
    '--initials を付けると、氏名をふりがなからイニシャルにし（山田 太郎 → Y.T.）、ふりがなの列を空にします。',
    '閲覧制限のあるケースは、見る権限のある職員のアカウントでだけ一覧に入ります。出力は監査ログに記録されます。',
    'audit: 監査ログ（管理者だけ）。管理画面の監査ログと同じ列と日本語で、新しい順です。--from と --to で期間（日本時間の日付、両端を含む）を絞れます。',
  ],
  options: {
    out: { valueLabel: 'ファイル.xlsx', description: '保存する Excel ファイル（必須）' },
    month: { valueLabel: 'YYYY-MM', description: '月次実績報告の対象月（report では必須）' },
    'allow-partial': {
      valueLabel: '',
      description: 'まだ終わっていない月の月次実績報告を「集計途中」として出力します',
      flag: true,
    },
    status: {
      valueLabel: 'open|closed|all',
      description: 'ケース一覧に入れるケース（対応中・終結・すべて。省略時は対応中）',
    },
    initials: {
      valueLabel: '',
      description: 'ケース一覧の氏名をイニシャルにします',
      flag: true,
    },
    from: { valueLabel: 'YYYY-MM-DD', description: '監査ログの期間の開始日（省略時は最初から）' },
    to: { valueLabel: 'YYYY-MM-DD', description: '監査ログの期間の終了日（省略時は今日まで）' },
  },
  takesArguments: true,
  run: async ({ io, clock, dataDir, terminal, args }, options) => {
    const request = readExportRequest(args, options);
    const credentials = planCredentials(io.env, terminal, {
      command: 'export',
      confirmPassword: false,
    });
    requireInitializedFolder(dataDir);
    requireXlsxDestination(request.outPath);
    if (request.kind === 'report') warnOfPartialMonth(request, clock.now(), io.stderr);
    const { login, password } = parseInput(loginInput, await credentials(), 'export');

    const session = new SessionManager({ dataDir, clock, channel: 'cli' });
    try {
      const user = session.login(login, password);
      if (request.kind === 'audit') {
        if (user.role !== 'admin') {
          throw new AppError('FORBIDDEN', '監査ログの出力は管理者のアカウントで行ってください。');
        }
        const { db, actor } = session.requireUnlocked(adminOnly);
        const { filters } = request;
        const rows = await writeFileSafely(request.outPath, (out) =>
          writeAuditExport(db, filters, out),
        );
        auditAuditExport(db, actor, clock, filters, rows, 'file');
        io.stdout.write(
          `監査ログ（${rows.toLocaleString('ja-JP')}行）を保存しました: ${request.outPath}\n`,
        );
        return exitCodes.ok;
      }
      const { db, actor } = session.requireUnlocked(anyRole);
      if (request.kind === 'report') {
        const built = await buildReportExport(
          db,
          actor,
          clock,
          request.month,
          request.allowPartial,
        );
        await writeFileSafely(request.outPath, (out) => Promise.resolve(void out.end(built.bytes)));
        built.audit('file');
        io.stdout.write(
          `月次実績報告（${warekiMonth(request.month)}分）を保存しました: ${request.outPath}\n`,
        );
        return exitCodes.ok;
      }
      const input = exportCasesInput.parse({
        filters: { status: request.status },
        initials: request.initials,
      });
      const rows = await writeFileSafely(request.outPath, (out) =>
        writeCaseListExport(db, actor, clock, input, out),
      );
      auditCaseListExport(db, actor, clock, input, rows, 'file');
      io.stdout.write(
        `ケース一覧（${rows.toLocaleString('ja-JP')}件）を保存しました: ${request.outPath}\n`,
      );
      return exitCodes.ok;
    } finally {
      session.shutdown();
    }
  },
});

/**
 * Before logging in: a month not over yet (in Japan) is refused without --allow-partial (a usage
 * error, exit 2, nothing written or audited), and with it goes ahead under a warning on stderr.
 */
function warnOfPartialMonth(
  request: { month: string; allowPartial: boolean },
  now: Date,
  stderr: Writable,
): void {
  const state = reportMonthState(request.month, now);
  if (state === 'ended') return;
  const warning = partialMonthWarning(
    state,
    warekiMonth(request.month),
    warekiDate(japanDateOf(now)),
  );
  if (!request.allowPartial) {
    throw new UsageError(`${warning}それでも出力するには --allow-partial を付けてください。`, {
      command: 'export',
    });
  }
  stderr.write(`注意: ${warning}\n`);
}
