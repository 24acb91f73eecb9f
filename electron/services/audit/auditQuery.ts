import type { ReadDb } from '../../../db/database';
import {
  caseIdsOfPerson,
  caseScopeByNumber,
  type AuditQuery,
} from '../../../db/repositories/auditQueryRepository';
import { auditActionsOfGroup, isAuditGroup } from '../../contract/audit/auditActions';
import { AppError } from '../../contract/errors';
import type { AuditFilters } from '../../contract/schemas/audit';

/** The start of a date in Japan as an ISO UTC instant (audit rows store UTC). */
function japanMidnight(isoDate: string, plusDays = 0): string {
  const start = new Date(`${isoDate}T00:00:00+09:00`);
  return new Date(start.getTime() + plusDays * 86_400_000).toISOString();
}

/**
 * The viewer's filters as the repository takes them: a ケース番号 becomes the case and its
 * plans, a person their cases, a period in Japan two UTC instants (the end date included).
 */
export function resolveAuditFilters(db: ReadDb, filters: AuditFilters): AuditQuery {
  const query: AuditQuery = {};
  if (filters.staffId !== undefined) query.staffId = filters.staffId;
  if (filters.action !== undefined) {
    query.actions = isAuditGroup(filters.action)
      ? auditActionsOfGroup(filters.action)
      : [filters.action];
  }
  if (filters.from !== undefined) query.fromAt = japanMidnight(filters.from);
  if (filters.to !== undefined) query.toAt = japanMidnight(filters.to, 1);
  if (filters.personId !== undefined) {
    query.person = { id: filters.personId, caseIds: caseIdsOfPerson(db, filters.personId) };
  }
  if (filters.caseNumber !== undefined && filters.caseNumber !== '') {
    const scope = caseScopeByNumber(db, filters.caseNumber.normalize('NFKC').toUpperCase());
    if (!scope) {
      throw new AppError('NOT_FOUND', `ケース番号「${filters.caseNumber}」のケースはありません。`, [
        { path: 'filters.caseNumber', message: 'このケース番号のケースはありません' },
      ]);
    }
    query.caseScope = scope;
  }
  return query;
}

/** The filters as an audit row records them: ids, codes and dates only. */
export function filtersForAudit(filters: AuditFilters): Record<string, unknown> {
  const entries: Array<[string, unknown]> = Object.entries(filters);
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined && v !== ''));
}
