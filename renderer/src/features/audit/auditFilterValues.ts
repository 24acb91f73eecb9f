import type { AuditFilters } from '../../../../electron/contract/schemas/audit';
import { isoFromText } from '../../components/dateInput/dateText';

/** What the filter bar holds: ids as select values (strings), dates as typed. */
export type AuditFilterValues = {
  staffId: string | null;
  action: string | null;
  from: string;
  to: string;
  caseNumber: string;
  person: { id: number; name: string } | null;
};

export const emptyAuditFilters: AuditFilterValues = {
  staffId: null,
  action: null,
  from: '',
  to: '',
  caseNumber: '',
  person: null,
};

/** The filters audit.list takes; a date that cannot be read is left out (the field says why). */
export function auditFiltersFrom(values: AuditFilterValues): AuditFilters {
  const filters: AuditFilters = {};
  if (values.staffId) filters.staffId = Number(values.staffId);
  if (values.action) filters.action = values.action;
  const from = isoFromText(values.from);
  const to = isoFromText(values.to);
  if (from) filters.from = from;
  if (to) filters.to = to;
  if (values.caseNumber.trim()) filters.caseNumber = values.caseNumber.trim();
  if (values.person) filters.personId = values.person.id;
  return filters;
}
