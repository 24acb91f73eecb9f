import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { RunResult } from 'better-sqlite3';
import type * as schema from './schema';

/** The drizzle handle of an open, unlocked database. */
export type Db = BetterSQLite3Database<typeof schema>;

/** Anything queries can read through: the database itself or a transaction. */
export type ReadDb = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;

declare const writeBrand: unique symbol;

/**
 * A write capability: only `withTransaction` hands one out, and repository writes require it,
 * so a multi-row write outside a transaction does not compile.
 */
export type WriteTx = ReadDb & { readonly [writeBrand]: true };

/**
 * Runs `fn` in one IMMEDIATE transaction (the write lock is taken up front, so two writers
 * queue on busy_timeout instead of failing half-way). Throwing rolls everything back.
 */
export function withTransaction<T>(db: Db, fn: (tx: WriteTx) => T): T {
  return db.transaction((tx) => fn(tx as unknown as WriteTx), { behavior: 'immediate' });
}
