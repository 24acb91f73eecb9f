import type { ReadDb, WriteTx } from '../../../db/database';
import { insertRevision, lastKeptVersion } from '../../../db/repositories/recordRevisionRepository';
import type { Stamp } from '../../../db/repositories/stamp';
import type { RevisedRecord } from '../../contract/historyCodes';
import type { RecordContent } from './recordContents';

/** The version a record is at now: 1 as first written, one more for each correction. */
export function currentVersion(db: ReadDb, record: RevisedRecord, recordId: number): number {
  return lastKeptVersion(db, record, recordId) + 1;
}

/**
 * Keeps the version a correction is about to replace, in the correction's transaction, and
 * returns the number of the version the correction makes. `written` is who wrote the version
 * being replaced (the row's updated stamp); `replaced` is the correction's own stamp.
 */
export function keepRevision(
  tx: WriteTx,
  entry: {
    record: RevisedRecord;
    recordId: number;
    content: RecordContent;
    written: { at: string; by: number | null };
    replaced: Stamp;
  },
): number {
  const version = currentVersion(tx, entry.record, entry.recordId);
  insertRevision(tx, {
    recordType: entry.record,
    recordId: entry.recordId,
    version,
    content: JSON.stringify(entry.content),
    writtenAt: entry.written.at,
    writtenBy: entry.written.by,
    replacedAt: entry.replaced.at,
    replacedBy: entry.replaced.by,
  });
  return version + 1;
}
