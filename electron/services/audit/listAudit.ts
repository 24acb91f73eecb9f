import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import { auditTargetNames, queryAuditRows } from '../../../db/repositories/auditQueryRepository';
import type { AuditRow } from '../../../db/schema';
import type { AuditPage, AuditRowView } from '../../contract/schemas/audit';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from './actor';
import { appendAudit } from './appendAudit';
import { filtersForAudit, resolveAuditFilters } from './auditQuery';
import type { Clock } from '../clock';

/** Rows as the viewer and the export show them, with case numbers and staff names looked up. */
export function toAuditViews(db: ReadDb, rows: AuditRow[]): AuditRowView[] {
  const names = auditTargetNames(db, rows);
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actorName: row.actorName,
    actorLogin: row.actorLogin,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetLabel:
      row.targetId === null
        ? null
        : row.targetType === 'case'
          ? (names.cases.get(row.targetId) ?? null)
          : row.targetType === 'staff'
            ? (names.staff.get(row.targetId) ?? null)
            : null,
    detail: row.detail,
  }));
}

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
    rows: toAuditViews(db, rows),
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
