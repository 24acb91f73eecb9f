import type { ReadDb } from '../../../db/database';
import { auditRowsAfter } from '../../../db/repositories/auditRepository';
import { auditHash, genesisHash } from './auditHash';

export type AuditChainProblem = { id: number; problem: 'changed' | 'broken-link' };
export type AuditChainReport = { rows: number; problems: AuditChainProblem[] };

/**
 * Walks the chain from the first row: a row whose hash does not match its own content was
 * changed; a row whose prevHash is not the previous row's hash follows a removal or insertion.
 */
export function verifyAuditChain(db: ReadDb): AuditChainReport {
  const problems: AuditChainProblem[] = [];
  let previous = genesisHash;
  let lastId = 0;
  let rows = 0;
  for (;;) {
    const page = auditRowsAfter(db, lastId, 1000);
    if (page.length === 0) break;
    for (const row of page) {
      rows += 1;
      if (row.prevHash !== previous) problems.push({ id: row.id, problem: 'broken-link' });
      const { id: _id, hash, ...rest } = row;
      if (auditHash(rest) !== hash) problems.push({ id: row.id, problem: 'changed' });
      previous = row.hash;
      lastId = row.id;
    }
  }
  return { rows, problems };
}
