import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../db/database';
import { derivedCountProblems, type DerivedCountProblem } from '../../db/derivedCounts';
import type { DataPaths } from '../../electron/services/app/dataPaths';
import {
  checkAuditAgainstBackups,
  type BackupHeadReport,
} from '../../electron/services/backup/auditHeadsInBackups';
import {
  verifyAuditChain,
  type AuditChainReport,
} from '../../electron/services/audit/verifyAuditChain';
import type { AuditDetail } from '../../electron/contract/audit/auditDetailKeys';

/** A row whose foreign key points at nothing. */
export type ForeignKeyProblem = { table: string; rowid: number | null; parent: string };

/** What `verify` found; empty lists mean the check passed. */
export type DatabaseCheckReport = {
  /** integrity_check's messages, without its lone "ok". */
  integrity: string[];
  foreignKeys: ForeignKeyProblem[];
  audit: AuditChainReport;
  /** The case list's count tables against a recount of the rows. */
  counts: DerivedCountProblem[];
  /** The audit chain against the chain heads the backups recorded. */
  backups: BackupHeadReport;
};

/**
 * Runs the full SQLite integrity_check (every page and index, not just quick_check's subset),
 * foreign_key_check, the audit log's hash chain (also against the heads the backups in the backup
 * folder recorded), and a recount of the case list's count tables, on an open database. Without
 * `paths` (a database outside a data folder, as in the demo's tests) no backups are compared.
 */
export function runDatabaseChecks(db: ReadDb, paths?: DataPaths): DatabaseCheckReport {
  const integrity = db
    .all<Record<string, unknown>>(sql.raw('PRAGMA integrity_check'))
    .map((row) => String(Object.values(row)[0]))
    .filter((message) => message !== 'ok');
  const foreignKeys = db
    .all<Record<string, unknown>>(sql.raw('PRAGMA foreign_key_check'))
    .map((row) => ({
      table: String(row.table),
      rowid: typeof row.rowid === 'number' ? row.rowid : null,
      parent: String(row.parent),
    }));
  return {
    integrity,
    foreignKeys,
    audit: verifyAuditChain(db),
    counts: derivedCountProblems(db),
    backups: paths ? checkAuditAgainstBackups(db, paths) : { checked: 0, skipped: 0, problems: [] },
  };
}

export function isHealthy(report: DatabaseCheckReport): boolean {
  return (
    report.integrity.length === 0 &&
    report.foreignKeys.length === 0 &&
    report.audit.problems.length === 0 &&
    report.counts.length === 0 &&
    report.backups.problems.length === 0
  );
}

/** The facts recorded in the audit row for a verification: counts and row ids, no content. */
export function checkAuditDetail(report: DatabaseCheckReport): AuditDetail {
  return {
    channel: 'cli',
    result: isHealthy(report) ? 'ok' : 'problems',
    integrityProblems: report.integrity.length,
    foreignKeyProblems: report.foreignKeys.length,
    auditRows: report.audit.rows,
    auditProblems: report.audit.problems.length,
    auditProblemIds: [...new Set(report.audit.problems.map((p) => p.id))].slice(0, 50),
    countProblems: report.counts.length,
    backupsChecked: report.backups.checked,
    backupHeadProblems: report.backups.problems.map((p) => p.fileName),
  };
}
