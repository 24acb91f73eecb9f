import { describe, expect, it } from 'vitest';
import { manualClock } from '../../electron/services/clock.testing';
import { isHealthy, runDatabaseChecks } from '../cli/databaseChecks';
import { column, createDemoTestDb, demoOptions, domainHash } from './demo.testing';
import { generateDemo } from './generateDemo';

describe('generateDemo determinism and numbering', () => {
  it('gives the same rows for the same seed and today, and different rows for another seed', () => {
    const hashes = [1, 1, 2].map((seed) => {
      const t = createDemoTestDb();
      try {
        generateDemo(t.db, demoOptions(t.adminId, { seed, households: 15, clock: manualClock() }));
        return domainHash(t.sqlite);
      } finally {
        t.cleanup();
      }
    });
    expect(hashes[0]).toBe(hashes[1]);
    expect(hashes[2]).not.toBe(hashes[0]);
  });

  it('runs again on a database with cases: numbers continue, staff and agencies are reused', () => {
    const t = createDemoTestDb();
    try {
      generateDemo(t.db, demoOptions(t.adminId, { households: 8 }));
      const before = new Map(
        t.sqlite
          .prepare('SELECT fiscal_year, max(seq) FROM support_case GROUP BY fiscal_year')
          .raw()
          .all() as Array<[number, number]>,
      );
      generateDemo(t.db, demoOptions(t.adminId, { households: 8, seed: 2 }));
      const perYear = t.sqlite
        .prepare(
          'SELECT fiscal_year, count(*), min(seq), max(seq) FROM support_case GROUP BY fiscal_year',
        )
        .raw()
        .all() as Array<[number, number, number, number]>;
      for (const [, count, min, max] of perYear) expect([min, max]).toEqual([1, count]);
      const secondRunMin = t.sqlite
        .prepare(
          'SELECT fiscal_year, min(seq) FROM support_case WHERE id > 20 GROUP BY fiscal_year',
        )
        .raw()
        .all() as Array<[number, number]>;
      for (const [year, min] of secondRunMin) expect(min).toBe((before.get(year) ?? 0) + 1);
      expect(column<number>(t.sqlite, 'SELECT count(*) FROM staff')[0]).toBe(7);
      expect(column<number>(t.sqlite, 'SELECT count(*) FROM agency')[0]).toBe(24);
      expect(isHealthy(runDatabaseChecks(t.db))).toBe(true);
    } finally {
      t.cleanup();
    }
  });

  it.each([
    { households: 0 },
    { households: 1.5 },
    { casesPerHousehold: 0.5 },
    { notesPerCase: -1 },
    { today: '2026-02-30' },
    { actorStaffId: 999 },
  ])('refuses %j and writes nothing', (bad) => {
    const t = createDemoTestDb();
    try {
      const before = domainHash(t.sqlite);
      expect(() => generateDemo(t.db, demoOptions(t.adminId, bad))).toThrow(RangeError);
      expect(domainHash(t.sqlite)).toBe(before);
    } finally {
      t.cleanup();
    }
  });
});
