import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { withTransaction } from './database';
import { insertStaff } from './repositories/staffRepository';
import { createTestDb, type TestDb } from './testing/createTestDb';

let opened: TestDb | undefined;
afterEach(() => opened?.cleanup());

const marker = '平文検出用の氏名髙﨑𠮷野';

describe('encryption at rest', () => {
  it('leaves no plaintext and no SQLite header in the database or its WAL', () => {
    opened = createTestDb();
    const db = opened;
    withTransaction(db.db, (tx) => {
      for (let i = 0; i < 50; i += 1) {
        insertStaff(tx, {
          login: `user${i}`,
          displayName: `${marker}${i}`,
          role: 'worker',
          at: '2026-04-01T00:00:00Z',
          by: null,
        });
      }
    });
    // Read while the WAL still holds the pages (before any checkpoint), then after close.
    const walPath = `${db.path}-wal`;
    expect(fs.existsSync(walPath)).toBe(true);
    const files = () => [
      fs.readFileSync(db.path),
      fs.existsSync(walPath) ? fs.readFileSync(walPath) : Buffer.alloc(0),
    ];
    const check = (bytes: Buffer) => {
      expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
      expect(bytes.includes(Buffer.from(marker, 'utf8'))).toBe(false);
      expect(bytes.includes(Buffer.from('user49'))).toBe(false);
      expect(bytes.includes(Buffer.from('CREATE TABLE'))).toBe(false);
    };
    const [mainBytes, walBytes] = files();
    expect(walBytes?.length).toBeGreaterThan(0);
    check(mainBytes ?? Buffer.alloc(0));
    check(walBytes ?? Buffer.alloc(0));
    db.close();
    files().forEach(check);
  });
});
