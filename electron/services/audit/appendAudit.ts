import type { WriteTx } from '../../../db/database';
import { insertAuditRow, lastAuditHash } from '../../../db/repositories/auditRepository';
import type { AuditAction, AuditTargetOf } from '../../contract/audit/auditActions';
import type { AuditDetail } from '../../contract/audit/auditDetailKeys';
import type { Actor } from './actor';
import { auditHash, genesisHash } from './auditHash';

export type { AuditAction };

/**
 * One event. The action, its target kind and every detail key are declared in the contract's
 * audit table (electron/contract/audit/), so the log can name each of them in Japanese.
 */
export type AuditEntry<A extends AuditAction = AuditAction> = {
  at: Date;
  actor: Pick<Actor, 'staffId' | 'login' | 'displayName'> | null;
  action: A;
  target?: { type: AuditTargetOf<A>; id: string | number };
  /** Facts about the event; never the content of personal records. */
  detail?: AuditDetail;
};

/**
 * Appends one row to the audit chain inside the caller's transaction, so the audit row and the
 * change it records commit together or not at all.
 */
export function appendAudit<A extends AuditAction>(tx: WriteTx, entry: AuditEntry<A>): void {
  const unhashed = {
    at: entry.at.toISOString(),
    actorStaffId: entry.actor?.staffId ?? null,
    actorLogin: entry.actor?.login ?? null,
    actorName: entry.actor?.displayName ?? null,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target === undefined ? null : String(entry.target.id),
    detail: JSON.stringify(entry.detail ?? {}),
    prevHash: lastAuditHash(tx) ?? genesisHash,
  };
  insertAuditRow(tx, { ...unhashed, hash: auditHash(unhashed) });
}
