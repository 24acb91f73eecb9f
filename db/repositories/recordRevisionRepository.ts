import { and, asc, count, eq, max } from 'drizzle-orm';
import type { RevisedRecord } from '../../electron/contract/historyCodes';
import type { ReadDb, WriteTx } from '../database';
import { inIds } from '../inIds';
import { recordRevision, type RecordRevisionRow } from '../schema';

export type RevisionValues = Omit<typeof recordRevision.$inferInsert, 'id'>;

/** Keeps one earlier version of a record (rows are append-only: a trigger refuses changes). */
export function insertRevision(tx: WriteTx, values: RevisionValues): void {
  tx.insert(recordRevision).values(values).run();
}

/** The last version kept of a record; 0 when it was never corrected. */
export function lastKeptVersion(db: ReadDb, record: RevisedRecord, recordId: number): number {
  return (
    db
      .select({ last: max(recordRevision.version) })
      .from(recordRevision)
      .where(and(eq(recordRevision.recordType, record), eq(recordRevision.recordId, recordId)))
      .get()?.last ?? 0
  );
}

/** Every earlier version of a record, oldest first. */
export function revisionsOf(
  db: ReadDb,
  record: RevisedRecord,
  recordId: number,
): RecordRevisionRow[] {
  return db
    .select()
    .from(recordRevision)
    .where(and(eq(recordRevision.recordType, record), eq(recordRevision.recordId, recordId)))
    .orderBy(asc(recordRevision.version))
    .all();
}

/** How many earlier versions each of the records has (absent: none). */
export function revisionCounts(
  db: ReadDb,
  record: RevisedRecord,
  recordIds: readonly number[],
): Map<number, number> {
  if (recordIds.length === 0) return new Map();
  const rows = db
    .select({ id: recordRevision.recordId, n: count() })
    .from(recordRevision)
    .where(and(eq(recordRevision.recordType, record), inIds(recordRevision.recordId, recordIds)))
    .groupBy(recordRevision.recordId)
    .all();
  return new Map(rows.map((row) => [row.id, row.n]));
}
