import { afterEach, describe, expect, it } from 'vitest';
import { withTransaction } from './database';
import { replaceResourceFields, resourceRowById } from './repositories/resourceRepository';
import { databaseBefore } from './testing/migrationsBefore';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

describe('migration 0017: resource fit (対象年齢, 相談分野, 受入状況)', () => {
  it('keeps a directory entry, open to all ages and fields and 受入可, and takes its 分野 after', () => {
    const old = databaseBefore('0017_resource_fit', cleanups);
    old.sqlite
      .prepare(
        `INSERT INTO resource (name, name_key, kind, target, capacity, created_at, updated_at)
         VALUES ('みどりの作業所', 'ミドリノサギョウショ', 'work', '就労に不安のある方', 5,
                 '2026-04-01T00:00:00Z', '2026-04-01T00:00:00Z')`,
      )
      .run();
    const upgraded = old.upgrade();
    expect(resourceRowById(upgraded.db, 1)).toMatchObject({
      name: 'みどりの作業所',
      target: '就労に不安のある方',
      ageMin: null,
      ageMax: null,
      intake: 'open',
      fields: [],
    });
    withTransaction(upgraded.db, (tx) => replaceResourceFields(tx, 1, ['disability', 'poverty']));
    expect(resourceRowById(upgraded.db, 1)?.fields).toEqual(['disability', 'poverty']);
  });
});
