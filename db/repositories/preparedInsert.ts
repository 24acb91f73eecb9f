import { getTableColumns, sql } from 'drizzle-orm';
import type { SQLiteInsertValue, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { WriteTx } from '../database';

/** Every column of a new row but the id, spelled out: no default fills a gap silently. */
export type InsertRow<T extends SQLiteTable> = Required<Omit<T['$inferInsert'], 'id'>>;

/** Inserts one row through a statement prepared once; returns the new rowid. */
export type PreparedInsert<T extends SQLiteTable> = (row: InsertRow<T>) => number;

/**
 * Prepares drizzle's own INSERT with a placeholder per column inside the caller's transaction,
 * so column names and value encoding stay drizzle's while a row costs one statement execution
 * (bulk writers: imports of thousands of rows).
 */
export function prepareInsert<T extends SQLiteTable>(tx: WriteTx, table: T): PreparedInsert<T> {
  const placeholders = Object.fromEntries(
    Object.keys(getTableColumns(table))
      .filter((key) => key !== 'id')
      .map((key) => [key, sql.placeholder(key)]),
  ) as SQLiteInsertValue<T>;
  const statement = tx.insert(table).values(placeholders).prepare();
  return (row) => Number(statement.run(row).lastInsertRowid);
}
