import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * `column IN (ids)` with the ids bound as one JSON array. drizzle's inArray binds one parameter
 * per id, so every page of a different size is new SQL text to compile (missing the statement
 * cache), and building 50 parameters costs more than running the lookup: a case list page's
 * three lookups by id took half of its 1.3 ms. Read through json_each, SQLite still searches the
 * column's index once per id.
 */
export function inIds(column: SQLWrapper, ids: readonly number[]): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}
