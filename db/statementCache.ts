import type Database from 'better-sqlite3';

/**
 * Keeps the connection's prepared statements by SQL text, so a query the app runs again (every
 * list page, search, case view) is not compiled again: drizzle prepares on every execution, and
 * compiling a 700-character list query costs about as much as running it.
 *
 * A cached statement is handed out only when idle (an iterator still reading it gets a fresh
 * one) and with raw, pluck and expand off, as a new statement is: drizzle turns raw mode on where
 * it wants arrays, and callers of prepare() may pluck. Least recently used statements are dropped past `capacity`.
 */
export function cacheStatements(sqlite: Database.Database, capacity = 200): void {
  const cache = new Map<string, Database.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  const cached = (source: string): Database.Statement => {
    const hit = cache.get(source);
    if (hit !== undefined && !hit.busy) {
      // Most recently used last: Map keeps insertion order.
      cache.delete(source);
      cache.set(source, hit);
      if (hit.reader) hit.raw(false).pluck(false).expand(false);
      return hit;
    }
    const statement = prepare(source);
    if (hit === undefined) {
      cache.set(source, statement);
      if (cache.size > capacity) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
    }
    return statement;
  };
  sqlite.prepare = cached as typeof sqlite.prepare;
}
