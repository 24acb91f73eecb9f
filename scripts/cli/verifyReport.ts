import { describeAuditProblem } from '../../electron/services/audit/describeAuditProblem';
import { describeBackupHeadProblem } from '../../electron/services/backup/auditHeadsInBackups';
import { isHealthy, type DatabaseCheckReport } from './databaseChecks';

const listed = 20;

/** The Japanese report `verify` prints: one line per check, then each problem found. */
export function formatVerifyReport(databasePath: string, report: DatabaseCheckReport): string {
  const lines = [
    `データベースの検査: ${databasePath}`,
    ...section('整合性（integrity_check）', report.integrity),
    ...section(
      '外部キー（foreign_key_check）',
      report.foreignKeys.map(
        (p) => `表 ${p.table} の行 ${p.rowid ?? '?'}: 参照先（${p.parent}）がありません`,
      ),
    ),
    ...section(
      '監査ログの連鎖',
      report.audit.problems.map(describeAuditProblem),
      `${report.audit.rows} 行を確認`,
    ),
    ...section(
      'バックアップとの照合',
      report.backups.problems.map(describeBackupHeadProblem),
      backupNote(report),
    ),
    ...section(
      '一覧の件数表',
      report.counts.map(
        (p) => `${p.table}（${p.key}）: 記録 ${p.stored} 件、数え直すと ${p.counted} 件`,
      ),
    ),
    ...(report.counts.length > 0
      ? ['    ケース一覧の件数が実際と違って表示されます。verify --recount で数え直せます。']
      : []),
    '',
    isHealthy(report)
      ? '結果: 異常はありません。'
      : '結果: 異常が見つかりました。ファイルには手を加えず、バックアップを保管したうえで管理者に連絡してください。',
  ];
  return lines.join('\n') + '\n';
}

function section(title: string, problems: readonly string[], note?: string): string[] {
  const suffix = note === undefined ? '' : `（${note}）`;
  if (problems.length === 0) return [`  ${title}: OK${suffix}`];
  const more = problems.length > listed ? [`    ・ほか ${problems.length - listed} 件`] : [];
  return [
    `  ${title}: 異常 ${problems.length} 件${suffix}`,
    ...problems.slice(0, listed).map((problem) => `    ・${problem}`),
    ...more,
  ];
}

/** How many backups the chain was compared with, and how many were not (unreadable, others). */
function backupNote(report: DatabaseCheckReport): string {
  const { checked, skipped } = report.backups;
  return skipped === 0 ? `${checked} 個と照合` : `${checked} 個と照合、${skipped} 個は対象外`;
}
