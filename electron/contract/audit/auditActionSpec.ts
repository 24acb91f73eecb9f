import type { AuditDetailKey } from './auditDetailKeys';
import type { AuditGroup, AuditTargetKind, DetailKeySpec } from './auditVocabulary';

/**
 * One audit action as the log reads it: its Japanese name, the group its 操作 filter offers it
 * under, the kind of record its row points at (null: none), and the detail keys whose meaning
 * differs for this action (a `kind` that is a meeting's, `fields` of a case …).
 */
export type AuditActionSpec = {
  label: string;
  group: AuditGroup;
  target: AuditTargetKind | null;
  detail?: Partial<Record<AuditDetailKey, DetailKeySpec>>;
};

/** Declares a feature's audit actions; the literal keys become AuditAction. */
export function auditActionTable<const T extends Record<string, AuditActionSpec>>(table: T): T {
  return table;
}
