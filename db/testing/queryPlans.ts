import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '../database';
import * as schema from '../schema';

/** One statement a service ran, with its parameters as SQLite received them. */
export type LoggedQuery = { sql: string; params: unknown[] };

/**
 * A second drizzle handle on the same connection that records every statement, so a test can
 * run a service through it and then ask SQLite how it planned each one.
 */
export function loggingDb(sqlite: Database.Database): { db: Db; queries: LoggedQuery[] } {
  const queries: LoggedQuery[] = [];
  const db = drizzle({
    client: sqlite,
    schema,
    logger: { logQuery: (query, params) => queries.push({ sql: query, params }) },
  });
  return { db, queries };
}

/** The EXPLAIN QUERY PLAN lines of a logged statement. */
export function queryPlan(sqlite: Database.Database, query: LoggedQuery): string[] {
  // drizzle binds booleans as given; better-sqlite3 wants them as numbers.
  const params = query.params.map((value) => (typeof value === 'boolean' ? Number(value) : value));
  const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...params) as Array<{
    detail: string;
  }>;
  return rows.map((row) => row.detail);
}

/**
 * Plan lines that read a whole table row by row: `SCAN t` with no index (SQLite names a table by
 * its alias when it has one). `subqueries` names FROM-subqueries whose scan is intended.
 */
export function fullScans(plan: string[], subqueries: string[] = []): string[] {
  return plan.filter((line) => {
    const match = /^SCAN (\w+)$/u.exec(line.trim());
    return match !== null && !subqueries.includes(match[1] ?? '');
  });
}
