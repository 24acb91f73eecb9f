import { withTransaction, type Db } from '../../../db/database';
import type { SearchResult } from '../../contract/schemas/directory';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';

/**
 * Audits a search lightly: it is not a view of a record (opening a hit is), but who searched
 * when, and how much they found, is kept. The query text is not: it is usually someone's name.
 */
export function recordSearch(
  db: Db,
  actor: Actor,
  clock: Clock,
  query: string,
  result: SearchResult,
): void {
  withTransaction(db, (tx) => {
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'search.query',
      detail: { length: query.length, hits: result.persons.length + result.cases.length },
    });
  });
}
