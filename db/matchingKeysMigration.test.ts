import { afterEach, describe, expect, it } from 'vitest';
import { searchAll } from '../electron/services/search/searchAll';
import type { Actor } from '../electron/services/audit/actor';
import { withTransaction } from './database';
import { agency, person } from './schema';
import { buildHousehold, buildStaff } from './testing/caseBuilders';
import { databaseBefore } from './testing/migrationsBefore';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const stamp = {
  createdAt: '2026-04-01T00:00:00.000Z',
  updatedAt: '2026-04-01T00:00:00.000Z',
  createdBy: null,
  updatedBy: null,
};

describe('migration 0011: matching keys fold kanji and kana variants', () => {
  it('recomputes the keys of rows written under the old rules, and search then finds them', () => {
    const old = databaseBefore('0011_matching_keys_variants', cleanups);
    let admin: Actor | undefined;
    withTransaction(old.db, (tx) => {
      admin = buildStaff(tx, 'kanri', 'admin');
      const householdId = buildHousehold(tx);
      // The keys as the old rules stored them: NFKC, spaces removed, nothing else.
      tx.insert(person)
        .values({
          householdId,
          name: '髙橋　﨑子',
          nameKana: 'たかはし きょうこ',
          nameKey: '髙橋﨑子',
          kanaKey: 'タカハシキョウコ',
          ...stamp,
        })
        .run();
      tx.insert(agency)
        .values({ name: '齋藤医院', nameKey: '齋藤医院', kind: 'shakyo', ...stamp })
        .run();
    });
    const upgraded = old.upgrade();

    const stored = upgraded.db.select().from(person).get();
    expect(stored).toMatchObject({
      name: '髙橋　﨑子',
      nameKana: 'たかはし きょうこ',
      nameKey: '高橋崎子',
      kanaKey: 'タカハシキヨウコ',
    });
    expect(upgraded.db.select().from(agency).get()).toMatchObject({
      name: '齋藤医院',
      nameKey: '斎藤医院',
    });
    if (!admin) throw new Error('no admin');
    for (const query of ['高橋', '高橋崎子', '橋崎子']) {
      const found = searchAll(upgraded.db, admin, { q: query, limit: 10 });
      expect(
        found.persons.map((hit) => hit.name),
        query,
      ).toEqual(['髙橋　﨑子']);
    }
  });
});
