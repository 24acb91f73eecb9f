import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import { auditLog } from '../../../db/schema';
import type { DataPaths } from '../app/dataPaths';
import { readKeySlotFile } from '../auth/keySlotFile';
import { warekiDateTime } from '../print/wareki';
import { readBackupHeader } from './backupFile';
import { listBackupNames } from './backupNames';
import { readBackupSettings } from './backupSettings';
import { japanDateTimeOf } from '../../contract/japaneseDate/japanTime';

/** A backup whose recorded audit chain head the current chain no longer holds. */
export type BackupHeadProblem = {
  fileName: string;
  createdAt: string;
  auditId: number;
  /** The row is gone, or it is there with another hash. */
  kind: 'missing' | 'changed';
};

export type BackupHeadReport = {
  /** Backups of this database compared with the chain. */
  checked: number;
  /** Backups not compared: unreadable, of another database, or made before a restore went back. */
  skipped: number;
  problems: BackupHeadProblem[];
};

/**
 * Compares the audit chain with the chain heads recorded in the backups in the backup folder.
 * The chain check alone cannot see a chain rewritten from some row onward by someone holding
 * the data key (every hash recomputed); each backup keeps, outside the database, the id and hash
 * of the last row at its time, which the chain must still hold.
 *
 * After a restore the chain goes back to the restored backup's point, and the backups made
 * between that point and the restore belong to the abandoned history: those are skipped, read
 * from the backup.restore rows of the current chain.
 */
export function checkAuditAgainstBackups(db: ReadDb, paths: DataPaths): BackupHeadReport {
  const { folder } = readBackupSettings(db, paths);
  const databaseId = readKeySlotFile(paths.keySlots).databaseId;
  const abandoned = abandonedPeriods(db);
  const report: BackupHeadReport = { checked: 0, skipped: 0, problems: [] };
  for (const fileName of listBackupNames(folder)) {
    let header;
    try {
      ({ header } = readBackupHeader(path.join(folder, fileName)));
    } catch {
      report.skipped += 1;
      continue;
    }
    const made = Date.parse(header.createdAt);
    const inAbandoned = abandoned.some(({ from, to }) => made > from && made < to);
    if (header.databaseId !== databaseId || inAbandoned || header.auditHead === null) {
      report.skipped += 1;
      continue;
    }
    report.checked += 1;
    const { id, hash } = header.auditHead;
    const row = db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.id, id)).get();
    if (row?.hash === hash) continue;
    report.problems.push({
      fileName,
      createdAt: header.createdAt,
      auditId: id,
      kind: row ? 'changed' : 'missing',
    });
  }
  return report;
}

/** Periods (ms) between a restored backup's time and the restore: history the restore undid. */
function abandonedPeriods(db: ReadDb): Array<{ from: number; to: number }> {
  return db
    .select({ at: auditLog.at, detail: auditLog.detail })
    .from(auditLog)
    .where(eq(auditLog.action, 'backup.restore'))
    .all()
    .flatMap(({ at, detail }) => {
      const restoredPoint = readBackupCreatedAt(detail);
      return restoredPoint === null ? [] : [{ from: restoredPoint, to: Date.parse(at) }];
    });
}

function readBackupCreatedAt(detail: string): number | null {
  try {
    const parsed = JSON.parse(detail) as { backupCreatedAt?: unknown };
    return typeof parsed.backupCreatedAt === 'string' ? Date.parse(parsed.backupCreatedAt) : null;
  } catch {
    return null;
  }
}

/** The problem in Japanese, for `verify` and the audit screen. */
export function describeBackupHeadProblem(problem: BackupHeadProblem): string {
  const when = warekiDateTime(japanDateTimeOf(problem.createdAt));
  const what =
    problem.kind === 'missing'
      ? `の行 ID ${problem.auditId} が今の監査ログにありません`
      : `の行 ID ${problem.auditId} が今の監査ログでは別の内容です`;
  return `バックアップ ${problem.fileName}（${when}）に記録された最後の監査ログ${what}（それ以前の記録が書き換えられた可能性があります）`;
}
