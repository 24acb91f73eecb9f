import crypto from 'node:crypto';
import type { NewAuditRow } from '../../../db/repositories/auditRepository';

/** The hash that starts the chain: the previous hash of the very first row. */
export const genesisHash = '0'.repeat(64);

/** sha256 over the previous hash and every field of the row, in a fixed order. */
export function auditHash(row: Omit<NewAuditRow, 'hash'>): string {
  const fields = [
    row.prevHash,
    row.at,
    row.actorStaffId,
    row.actorLogin,
    row.actorName,
    row.action,
    row.targetType,
    row.targetId,
    row.detail,
  ];
  return crypto.createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
