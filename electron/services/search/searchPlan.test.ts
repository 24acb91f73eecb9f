import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullScans, loggingDb, queryPlan } from '../../../db/testing/queryPlans';
import { searchInput } from '../../contract/schemas/directory';
import { searchAll } from './searchAll';
import { setUpSearchTown } from './searchFixture.testing';

let town: ReturnType<typeof setUpSearchTown>;
beforeAll(() => {
  town = setUpSearchTown();
});
afterAll(() => town.cleanup());

describe('searchAll: query plans', () => {
  it.each([
    '山田太郎',
    '田太郎',
    '山田',
    '森',
    'やまだ',
    'ﾔﾏﾀﾞ',
    '090-1234-5678',
    '5678',
    'R8-0001',
    '民生委員 訪問',
  ])('uses an index (or the trigram index) for every statement of %s', (q) => {
    for (const actor of [town.staff.admin, town.staff.other]) {
      const { db, queries } = loggingDb(town.sqlite);
      searchAll(db, actor, searchInput.parse({ q }));
      expect(queries.length).toBeGreaterThan(0);
      for (const query of queries) {
        const plan = queryPlan(town.sqlite, query);
        expect(fullScans(plan), `${query.sql}\n${plan.join('\n')}`).toEqual([]);
        expect(plan.join('\n')).not.toMatch(
          /^SCAN (person|support_case|progress_note)\b(?!.*USING)/mu,
        );
      }
    }
  });

  it('searches names by their key indexes, short queries by the covering key index', () => {
    const planOf = (q: string) => {
      const { db, queries } = loggingDb(town.sqlite);
      searchAll(db, town.staff.other, searchInput.parse({ q }));
      return queries.map((query) => queryPlan(town.sqlite, query).join(' ')).join('\n');
    };
    expect(planOf('山田')).toMatch(
      /SEARCH person USING (COVERING )?INDEX person_name_\w+ \(name_key>\? AND name_key<\?\)/u,
    );
    expect(planOf('森')).toContain('SCAN person USING COVERING INDEX person_name_household');
    expect(planOf('山田太郎')).toContain('VIRTUAL TABLE INDEX');
  });
});
