import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { databaseFault } from './databaseFault';
import { createTestDb } from './testing/createTestDb';

describe('databaseFault', () => {
  it('turns a damaged page met after opening into a Japanese DB_UNREADABLE error', () => {
    const db = createTestDb();
    try {
      db.sqlite.exec(
        'CREATE TABLE filler (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) INSERT INTO filler SELECT randomblob(1000) FROM n',
      );
      db.close();
      const bytes = fs.readFileSync(db.path);
      // A data page near the end is overwritten; the schema pages still read.
      bytes.fill(0x5a, bytes.length - 4096 * 3, bytes.length - 4096 * 3 + 512);
      fs.writeFileSync(db.path, bytes);
      const reopened = openDatabase({ path: db.path, key: db.key });
      let thrown: unknown = null;
      try {
        reopened.sqlite.prepare('SELECT count(x) FROM filler').get();
      } catch (error) {
        thrown = error;
      } finally {
        reopened.close();
      }
      expect(thrown).not.toBeNull();
      const fault = databaseFault(thrown);
      expect(fault?.code).toBe('DB_UNREADABLE');
      expect(fault?.message).toMatch(/壊れている可能性があります/);
    } finally {
      db.cleanup();
    }
  });

  it('leaves other errors alone', () => {
    expect(databaseFault(new Error('x'))).toBeNull();
    expect(databaseFault(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }))).toBeNull();
    expect(databaseFault('SQLITE_CORRUPT')).toBeNull();
  });
});
