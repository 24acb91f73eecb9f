import { afterEach, describe, expect, it } from 'vitest';
import { cacheStatements } from './statementCache';
import { createTestDb, type TestDb } from './testing/createTestDb';

let opened: TestDb | null = null;
afterEach(() => {
  opened?.cleanup();
  opened = null;
});

/** A test database whose connection caches statements (as openDatabase sets up). */
function sqliteWithCache(capacity?: number) {
  opened = createTestDb();
  const { sqlite } = opened;
  cacheStatements(sqlite, capacity);
  sqlite.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3)');
  return sqlite;
}

describe('cacheStatements', () => {
  it('hands out the same statement for the same SQL', () => {
    const sqlite = sqliteWithCache();
    expect(sqlite.prepare('SELECT n FROM t')).toBe(sqlite.prepare('SELECT n FROM t'));
    expect(sqlite.prepare('SELECT n FROM t')).not.toBe(sqlite.prepare('SELECT n + 0 FROM t'));
  });

  it('resets raw and pluck, so the next caller gets rows as objects', () => {
    const sqlite = sqliteWithCache();
    expect(sqlite.prepare('SELECT n FROM t ORDER BY n').raw().all()).toEqual([[1], [2], [3]]);
    expect(sqlite.prepare('SELECT n FROM t ORDER BY n').pluck().all()).toEqual([1, 2, 3]);
    expect(sqlite.prepare('SELECT n FROM t ORDER BY n').all()).toEqual([
      { n: 1 },
      { n: 2 },
      { n: 3 },
    ]);
  });

  it('gives a fresh statement while the cached one is still being iterated', () => {
    const sqlite = sqliteWithCache();
    const seen: number[] = [];
    for (const row of sqlite.prepare('SELECT n FROM t ORDER BY n').pluck().iterate()) {
      // The same SQL inside the loop: the cached statement is busy.
      seen.push(row as number, sqlite.prepare('SELECT n FROM t ORDER BY n').pluck().all().length);
    }
    expect(seen).toEqual([1, 3, 2, 3, 3, 3]);
  });

  it('keeps at most `capacity` statements, dropping the least recently used', () => {
    const sqlite = sqliteWithCache(2);
    const a = sqlite.prepare('SELECT 1');
    sqlite.prepare('SELECT 2');
    sqlite.prepare('SELECT 1');
    sqlite.prepare('SELECT 3');
    expect(sqlite.prepare('SELECT 1')).toBe(a);
    const b = sqlite.prepare('SELECT 2');
    expect(sqlite.prepare('SELECT 2')).toBe(b);
  });
});
