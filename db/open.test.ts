import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../electron/contract/errors';
import { openDatabase } from './open';
import { createTempDir, createTestDb, type TestDb } from './testing/createTestDb';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function testDb(): TestDb {
  const db = createTestDb();
  cleanups.push(db.cleanup);
  return db;
}

function expectAppError(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect((error as AppError).message).toMatch(/[ぁ-んァ-ン一-龥]/);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe('openDatabase', () => {
  it('sets WAL, foreign keys, synchronous=FULL and a busy timeout', () => {
    const { sqlite } = testDb();
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('applies every migration, and reopening applies nothing twice', () => {
    const db = testDb();
    const tables = db.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual(
      expect.arrayContaining(['staff', 'setting', 'audit_log', '__drizzle_migrations']),
    );
    const applied = db.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as {
      n: number;
    };
    db.close();
    const again = openDatabase({ path: db.path, key: db.key });
    const after = again.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as {
      n: number;
    };
    expect(after.n).toBe(applied.n);
    again.close();
  });

  it('refuses a wrong key with a Japanese DB_UNREADABLE error and leaves the file as it was', () => {
    const db = testDb();
    db.close();
    const before = crypto.createHash('sha256').update(fs.readFileSync(db.path)).digest('hex');
    expectAppError(
      () => openDatabase({ path: db.path, key: crypto.randomBytes(32) }),
      'DB_UNREADABLE',
    );
    const after = crypto.createHash('sha256').update(fs.readFileSync(db.path)).digest('hex');
    expect(after).toBe(before);
  });

  it('refuses a missing file without creating it', () => {
    const dir = createTempDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'kasane.db');
    expectAppError(() => openDatabase({ path: file, key: crypto.randomBytes(32) }), 'DB_MISSING');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses a truncated file', () => {
    const db = testDb();
    db.close();
    const bytes = fs.readFileSync(db.path);
    fs.writeFileSync(db.path, bytes.subarray(0, 100));
    expectAppError(() => openDatabase({ path: db.path, key: db.key }), 'DB_UNREADABLE');
  });

  it('refuses a file cut off near its end, without a full quick_check', () => {
    const db = testDb();
    db.sqlite.exec(
      'CREATE TABLE filler (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT randomblob(1000) FROM n',
    );
    db.close();
    const bytes = fs.readFileSync(db.path);
    // The schema pages are intact; the last data pages are gone.
    fs.writeFileSync(db.path, bytes.subarray(0, Math.floor(bytes.length * 0.95)));
    expectAppError(() => openDatabase({ path: db.path, key: db.key }), 'DB_UNREADABLE');
  });

  it('opens a file another connection left a WAL for (quick_check path)', () => {
    const db = testDb();
    db.sqlite.exec("CREATE TABLE wal_test (x TEXT); INSERT INTO wal_test VALUES ('1')");
    // db stays open: its WAL has frames, as after a crash.
    expect(fs.statSync(`${db.path}-wal`).size).toBeGreaterThan(0);
    const second = openDatabase({ path: db.path, key: db.key });
    expect(second.sqlite.prepare('SELECT x FROM wal_test').pluck().get()).toBe('1');
    second.close();
  });

  it('keeps the audit log append-only', () => {
    const { sqlite } = testDb();
    sqlite
      .prepare(
        "INSERT INTO audit_log (at, action, detail, prev_hash, hash) VALUES ('2026-01-01T00:00:00Z', 'x', '{}', 'a', 'b')",
      )
      .run();
    expect(() => sqlite.prepare("UPDATE audit_log SET action = 'y'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});
