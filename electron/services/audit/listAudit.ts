import { withTransaction, type Db } from '../../../db/database';
import { queryAuditRows } from '../../../db/repositories/auditQueryRepository';
import type { AuditPage } from '../../contract/schemas/audit';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from './actor';
import { appendAudit } from './appendAudit';
import { filtersForAudit, resolveAuditFilters } from './auditQuery';
import { describeAuditRows } from './describeAuditRows';
import type { Clock } from '../clock';

/**
 * audit.list: one page of the audit log, newest first, by key. Reading the audit log is itself
 * audited (audit.view, with the filters and the page, written after the page was read so it
 * does not show in it).
 */
export function listAudit(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'audit.list'>,
): AuditPage {
  const query = resolveAuditFilters(db, input.filters);
  const found = queryAuditRows(db, query, input.before, input.limit + 1);
  const rows = found.slice(0, input.limit);
  const page: AuditPage = {
    rows: describeAuditRows(db, rows),
    nextBefore: found.length > input.limit ? (rows.at(-1)?.id ?? null) : null,
  };
  withTransaction(db, (tx) => {
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'audit.view',
      detail: {
        filters: filtersForAudit(input.filters),
        before: input.before ?? null,
        rows: rows.length,
      },
    });
  });
  return page;
}
