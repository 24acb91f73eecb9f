import type { WriteTx } from '../../../db/database';
import type { Stamp } from '../../../db/repositories/stamp';
import type { SupportCaseRow } from '../../../db/schema';
import { keepRevision } from './keepRevision';
import { caseContent } from './recordContents';

/**
 * Keeps a case header as it reads before a change (case.update, 終結, a plan or a meeting
 * decision moving its stage), and returns the number of the version the change makes. Call it
 * before writing, in the change's transaction.
 */
export function keepCaseRevision(tx: WriteTx, row: SupportCaseRow, replaced: Stamp): number {
  return keepRevision(tx, {
    record: 'case',
    recordId: row.id,
    content: caseContent(tx, row),
    written: { at: row.updatedAt, by: row.updatedBy },
    replaced,
  });
}
