import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import { auditRowsAfter } from '../../../db/repositories/auditRepository';
import type { AuditRow } from '../../../db/schema';
import { auditHash, genesisHash } from './auditHash';

/**
 * What is wrong at one place in the chain:
 * - changed: the row's content no longer matches its own hash;
 * - rehashed: the row was changed and its hash computed again (the next row's link shows it);
 * - removed: rows with ids `ids[0]..ids[1]` are gone (an id gap where the link breaks);
 * - inserted: the row was added later (the next original row links over it);
 * - truncated: the newest rows `ids[0]..ids[1]` are gone (SQLite's sequence went further).
 * `id` and `position` (1-based, in id order) say where; for removed rows, the first missing id
 * and the position of the row after the gap.
 */
export type AuditChainProblem = {
  id: number;
  position: number;
  problem: 'changed' | 'rehashed' | 'removed' | 'inserted' | 'truncated';
  ids?: [number, number];
};
export type AuditChainReport = { rows: number; problems: AuditChainProblem[] };

/** How far back a broken link is looked up (rows inserted in one place are few). */
const lookBack = 512;

/**
 * Walks the chain from the first row, a page at a time. Each row's hash must match its content
 * and its prevHash the previous row's hash. Where a link breaks, the cause is told apart: the
 * link skips over rows (they were inserted), ids are missing (removed), or else the previous
 * row was rewritten with a fresh hash. Rows cut off at the end show in sqlite_sequence.
 *
 * The hash has no secret: someone holding the data key who rewrites the whole chain from a
 * row onwards is not caught here — only by comparing with a backup's recorded chain head.
 */
export function verifyAuditChain(db: ReadDb): AuditChainReport {
  const problems: AuditChainProblem[] = [];
  const recent: Array<{ id: number; hash: string; position: number }> = [];
  let previous: (AuditRow & { position: number; contentOk: boolean }) | null = null;
  let position = 0;
  for (let lastId = 0; ;) {
    const page = auditRowsAfter(db, lastId, 1000);
    if (page.length === 0) break;
    for (const row of page) {
      position += 1;
      const { id: _id, hash, ...rest } = row;
      const contentOk = auditHash(rest) === hash;
      if (!contentOk) problems.push({ id: row.id, position, problem: 'changed' });
      const expected = previous?.hash ?? genesisHash;
      if (row.prevHash !== expected && contentOk) {
        problems.push(...classifyBreak(row, position, previous, recent));
      }
      recent.push({ id: row.id, hash: row.hash, position });
      if (recent.length > lookBack) recent.shift();
      previous = { ...row, position, contentOk };
      lastId = row.id;
    }
  }
  const last = previous?.id ?? 0;
  const sequence = db.get<{ seq: number } | undefined>(
    sql`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`,
  )?.seq;
  if (sequence !== undefined && sequence > last) {
    problems.push({
      id: last + 1,
      position: position + 1,
      problem: 'truncated',
      ids: [last + 1, sequence],
    });
  }
  return { rows: position, problems };
}

function classifyBreak(
  row: AuditRow,
  position: number,
  previous: (AuditRow & { position: number; contentOk: boolean }) | null,
  recent: Array<{ id: number; hash: string; position: number }>,
): AuditChainProblem[] {
  const linkedTo = recent.find((r) => r.hash === row.prevHash);
  if (linkedTo) {
    // The row links to an earlier one: everything in between was not in the chain.
    return recent
      .filter((r) => r.position > linkedTo.position)
      .map((r) => ({
        id: r.id,
        position: r.position,
        problem: 'inserted' as const,
      }));
  }
  const previousId = previous?.id ?? 0;
  if (row.id > previousId + 1) {
    return [
      { id: previousId + 1, position, problem: 'removed', ids: [previousId + 1, row.id - 1] },
    ];
  }
  if (previous?.contentOk) {
    return [{ id: previous.id, position: previous.position, problem: 'rehashed' }];
  }
  // The previous row is already reported as changed; nothing new to say here.
  return [];
}
