import { withTransaction } from '../../../db/database';
import { derivedCountProblems, rebuildDerivedCounts } from '../../../db/derivedCounts';
import { AppError } from '../../../electron/contract/errors';
import { adminOnly } from '../../../electron/contract/roles';
import { loginInput } from '../../../electron/contract/schemas/session';
import { appendAudit } from '../../../electron/services/audit/appendAudit';
import { SessionManager } from '../../../electron/services/auth/sessionManager';
import { exitCodes } from '../cliIo';
import { defineCommand } from '../command';
import { planCredentials } from '../credentials';
import { checkAuditDetail, isHealthy, runDatabaseChecks } from '../databaseChecks';
import { requireInitializedFolder } from '../dataFolderChecks';
import { parseInput } from '../parseInput';
import { formatVerifyReport } from '../verifyReport';

/**
 * `verify`: logs in as a 管理者 (audited), runs integrity_check, foreign_key_check, the audit
 * chain check and a recount of the case list's count tables, records the result as a `db.verify`
 * audit row, and logs out. `--recount` first fills the count tables again from the rows.
 */
export const verifyCommand = defineCommand({
  summary: 'データベースの整合性と監査ログの連鎖を検査します（管理者）',
  synopsis: '[--recount]',
  details: [
    'integrity_check・foreign_key_check・監査ログのハッシュの連鎖・ケース一覧の件数表を調べ、結果を監査ログに記録します。',
    '監査ログは、バックアップの保存先にある各バックアップが記録した最後の行とも照合します（書き換えの検出）。',
    '異常がなければ終了コード 0、異常があれば一覧を表示して終了コード 1 で終わります。',
    '--recount は、検査の前にケース一覧の件数表を数え直します（件数表の異常と報告されたとき）。',
  ],
  options: {
    recount: {
      valueLabel: '',
      description: '検査の前にケース一覧の件数表を数え直します',
      flag: true,
    },
  },
  run: async ({ io, clock, dataDir, terminal }, options) => {
    const credentials = planCredentials(io.env, terminal, {
      command: 'verify',
      confirmPassword: false,
    });
    requireInitializedFolder(dataDir);
    const { login, password } = parseInput(loginInput, await credentials(), 'verify');

    const session = new SessionManager({ dataDir, clock, channel: 'cli' });
    try {
      const user = session.login(login, password);
      if (user.role !== 'admin') {
        throw new AppError('FORBIDDEN', 'データベースの検査は管理者のアカウントで行ってください。');
      }
      const { db, actor } = session.requireUnlocked(adminOnly);
      if (options.recount !== undefined) {
        const fixed = derivedCountProblems(db).length;
        withTransaction(db, (tx) => {
          rebuildDerivedCounts(tx);
          appendAudit(tx, { at: clock.now(), actor, action: 'db.recount', detail: { fixed } });
        });
        io.stdout.write(`ケース一覧の件数表を数え直しました（ずれていた数: ${fixed}）。\n`);
      }
      const report = runDatabaseChecks(db, session.paths);
      io.stdout.write(formatVerifyReport(session.paths.database, report));
      withTransaction(db, (tx) => {
        appendAudit(tx, {
          at: clock.now(),
          actor,
          action: 'db.verify',
          detail: checkAuditDetail(report),
        });
      });
      if (isHealthy(report)) return exitCodes.ok;
      io.stderr.write('検査で異常が見つかりました（一覧は上の報告のとおりです）。\n');
      return exitCodes.failure;
    } finally {
      session.shutdown();
    }
  },
});
