import { asc, desc, gt } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { auditLog, type AuditRow } from '../schema';

export type NewAuditRow = Omit<AuditRow, 'id'>;

/** The newest audit row: the head of the hash chain. */
export function lastAuditRow(db: ReadDb): AuditRow | undefined {
  return db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get();
}

export function lastAuditHash(db: ReadDb): string | undefined {
  return db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()
    ?.hash;
}

export function insertAuditRow(tx: WriteTx, row: NewAuditRow): void {
  tx.insert(auditLog).values(row).run();
}

/** Audit rows in id order after `afterId`, a page at a time (the log can be long). */
export function auditRowsAfter(db: ReadDb, afterId: number, limit: number): AuditRow[] {
  return db
    .select()
    .from(auditLog)
    .where(gt(auditLog.id, afterId))
    .orderBy(asc(auditLog.id))
    .limit(limit)
    .all();
}
