import type { AuditRowView } from '../../../../electron/contract/schemas/audit';
import { revisedRecords, type RevisedRecord } from '../../../../electron/contract';

/** The record version an audit row describes (訂正履歴), when it names one. */
export type AuditVersionLink = { record: RevisedRecord; id: number; version: number };

function isRevisedRecord(value: string): value is RevisedRecord {
  return (revisedRecords.codes as readonly string[]).includes(value);
}

/** From the row's stored facts: its target and the `revision` it made or read. */
export function auditVersionLink(row: AuditRowView): AuditVersionLink | null {
  if (row.targetType === null || row.targetId === null || !isRevisedRecord(row.targetType)) {
    return null;
  }
  let detail: unknown;
  try {
    detail = JSON.parse(row.detail);
  } catch {
    return null;
  }
  const revision =
    typeof detail === 'object' && detail !== null && 'revision' in detail
      ? detail.revision
      : undefined;
  const id = Number(row.targetId);
  if (typeof revision !== 'number' || !Number.isInteger(id)) return null;
  return { record: row.targetType, id, version: revision };
}
