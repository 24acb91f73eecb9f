import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The audit log: append-only (triggers refuse UPDATE and DELETE), each row chained to the
 * previous one by `hash = sha256(prevHash + row)`. Actor names are copied in so the log still
 * reads right after an account is disabled or renamed.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorStaffId: integer('actor_staff_id'),
    actorLogin: text('actor_login'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    detail: text('detail').notNull().default('{}'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_at').on(t.at),
    index('audit_log_actor').on(t.actorStaffId, t.at),
    index('audit_log_target').on(t.targetType, t.targetId),
    index('audit_log_action').on(t.action, t.at),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
