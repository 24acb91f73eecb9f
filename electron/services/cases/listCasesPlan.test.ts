import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullScans, loggingDb, queryPlan } from '../../../db/testing/queryPlans';
import { caseListInput } from '../../contract/schemas/caseWork';
import type { CallInput } from '../../contract/types';
import type { FilterShape } from './listCasesFilters';
import { listCases, pageKeys } from './listCases';
import { setUpCaseList } from './listCasesFixture.testing';
import { pageShape } from './listCasesShape';
import { sortSpecs } from './listCasesSort';
import { countVisibleCases } from './listCasesTotal';

let fx: ReturnType<typeof setUpCaseList>;
beforeAll(() => {
  fx = setUpCaseList();
});
afterAll(() => fx.cleanup());

const people = ['admin', 'w2'] as const;
type Who = (typeof people)[number];

/** The plan of the page query read in a given shape. */
function pagePlan(input: CallInput<'case.list'>, who: Who, shape: FilterShape): string {
  const { db, queries } = loggingDb(fx.sqlite);
  const parsed = caseListInput.parse(input);
  pageKeys(db, fx.staff[who], parsed, sortSpecs[parsed.sort], null, shape);
  expect(queries).toHaveLength(1);
  const [query] = queries;
  if (!query) throw new Error('no page query');
  const plan = queryPlan(fx.sqlite, query);
  expect(fullScans(plan)).toEqual([]);
  return plan.join('\n');
}

/** The plans of every statement counting the list's total. */
function countPlans(input: CallInput<'case.list'>, who: Who): string {
  const { db, queries } = loggingDb(fx.sqlite);
  countVisibleCases(db, fx.staff[who], caseListInput.parse(input));
  const plans = queries.map((query) => queryPlan(fx.sqlite, query));
  for (const plan of plans) expect(fullScans(plan, ['candidate'])).toEqual([]);
  return plans.flat().join('\n');
}

// Without ANALYZE statistics SQLite plans the same for 10 rows as for 100,000, so these plans are
// the ones the city-scale benchmark gets. The shape a page is read in depends on the numbers
// (listCasesShape.ts), so each shape's plan is checked on its own.
describe('listCases: query plans', () => {
  it.each<[CallInput<'case.list'>['sort'], string]>([
    ['receivedDesc', 'USING COVERING INDEX support_case_list_received'],
    ['receivedAsc', 'USING COVERING INDEX support_case_list_received'],
    ['stage', 'USING COVERING INDEX support_case_list_stage'],
    ['caseNumber', 'USING INDEX support_case_year_seq'],
  ])('walks the %s index for a page, without sorting', (sort, index) => {
    for (const who of people) {
      const plan = pagePlan({ sort }, who, 'probe');
      expect(plan).toContain(index);
      expect(plan).not.toContain('TEMP B-TREE');
    }
  });

  it.each<[CallInput<'case.list'>['sort'], string]>([
    ['receivedDesc', 'INDEX support_case_stage (stage=?)'],
    ['receivedAsc', 'INDEX support_case_stage (stage=?)'],
    ['caseNumber', 'INDEX support_case_stage_number (stage=?)'],
  ])('walks one stage in %s order along its own index, without sorting', (sort, index) => {
    for (const who of people) {
      for (const filters of [{}, { field: 'elderly' as const }, { staffId: 2 }]) {
        const plan = pagePlan(
          { status: 'all', stages: ['intake'], sort, ...filters },
          who,
          'stage',
        );
        expect(plan).toContain(index);
        expect(plan).not.toContain('TEMP B-TREE');
      }
    }
  });

  it.each<[CallInput<'case.list'>, RegExp]>([
    [{ staffId: 2 }, /INDEX support_case_staff_main/u],
    [{ coordination: true }, /INDEX support_case_coordination/u],
    [{ field: 'poverty' }, /INDEX case_field_field/u],
    [{ tag: '8050問題' }, /INDEX case_tag_tag/u],
    [{ consent: { kind: 'infoSharing', state: 'given' } }, /INDEX consent_current_state/u],
    [
      { receivedFrom: '2026-04-01', receivedTo: '2026-04-30' },
      /INDEX support_case_(stage|list_count) \(stage=\? AND received_on>/u,
    ],
  ])('walks the sort index probing %j, or reads its matches by %s', (input, index) => {
    for (const who of people) {
      const walked = pagePlan(input, who, 'probe');
      expect(walked).toMatch(
        /(SCAN|SEARCH) support_case USING COVERING INDEX support_case_list_received/u,
      );
      expect(walked).not.toContain('TEMP B-TREE');
      expect(pagePlan(input, who, 'set')).toMatch(index);
    }
  });

  it.each<[CallInput<'case.list'>, string]>([
    [{}, 'case_stage_count'],
    [{ status: 'all', stages: ['planning', 'support'] }, 'case_stage_count'],
    [{ field: 'poverty' }, 'case_field_count'],
    [{ field: 'poverty', status: 'all', stages: ['assessment'] }, 'case_field_count'],
    [{ tag: '8050問題' }, 'case_tag_count'],
    [{ consent: { kind: 'infoSharing', state: 'given' } }, 'case_consent_count'],
    [{ consent: { kind: 'infoSharing', state: 'unconfirmed' } }, 'case_consent_count'],
  ])('counts %j from the counter %s, not from the cases', (input, counter) => {
    for (const who of people) {
      const plans = countPlans(input, who);
      expect(plans).toContain(`SEARCH ${counter} USING PRIMARY KEY`);
      // Only the few restricted cases are read, for an actor the case rule applies to.
      expect(plans).not.toMatch(/INDEX support_case_(list_count|stage_number|list_received)/u);
    }
  });

  it.each<[CallInput<'case.list'>, string[]]>([
    [{ staffId: 2 }, ['support_case_staff_main', 'support_case_staff_sub']],
    [{ coordination: true }, ['support_case_coordination']],
    [{ coordination: false }, ['support_case_list_count']],
    [{ field: 'poverty', tag: '8050問題' }, ['support_case_list_count']],
    [{ receivedFrom: '2026-04-01', receivedTo: '2026-04-30' }, ['support_case_list_count']],
  ])('counts %j, which no counter answers, from covering indexes', (input, indexes) => {
    for (const who of people) {
      // Stage ranges are counted from either covering index that starts with the stage.
      const plans = countPlans(input, who).replaceAll(
        'support_case_stage_number',
        'support_case_list_count',
      );
      for (const index of indexes) expect(plans).toContain(`INDEX ${index}`);
      expect(plans).not.toMatch(/USING INDEX support_case_(list_count|stage_number)/u);
    }
  });

  it('counts a staff member with a 分野 along the staff indexes, probing each case for the 分野', () => {
    for (const who of people) {
      const plans = countPlans({ staffId: 2, field: 'poverty' }, who);
      expect(plans).toContain('INDEX support_case_staff_main (main_staff_id=?');
      expect(plans).toContain('INDEX support_case_staff_sub (sub_staff_id=?');
      // Not every case of the 分野 looked up in the staff index (rowid=? from a list).
      expect(plans).not.toContain('LIST SUBQUERY');
      expect(plans).not.toContain('rowid=?');
    }
  });

  it('leaves the stages without a matching case out of the page', () => {
    // 8050問題 is on A (受付) and C (支援中) only.
    const { db, queries } = loggingDb(fx.sqlite);
    const result = listCases(db, fx.staff.admin, caseListInput.parse({ tag: '8050問題' }));
    expect(result.total).toBe(2);
    const page = queries.find((query) => /order by/iu.test(query.sql));
    expect(page?.params).toEqual(expect.arrayContaining(['intake', 'support']));
    expect(page?.params).not.toContain('assessment');
    expect(page?.params).not.toContain('planning');
  });

  it('reads no page when nothing matches: the total already says so', () => {
    const { db, queries } = loggingDb(fx.sqlite);
    const result = listCases(db, fx.staff.admin, caseListInput.parse({ tag: 'ない課題' }));
    expect(result).toEqual({ rows: [], total: 0, nextCursor: null });
    expect(queries.map((query) => query.sql).join('\n')).not.toMatch(/order by/iu);
  });
});

describe('pageShape: reading the fewest rows', () => {
  const input = (extra: CallInput<'case.list'> = {}) => caseListInput.parse(extra);

  it('reads the matches themselves when they are fewer than a walk would read', () => {
    // 100,000 open cases, a page of 50 (+1): a walk reads about 51 × 100,000 ÷ matches rows.
    expect(pageShape(input(), { matches: 0, inStages: 100_000 })).toBe('set');
    expect(pageShape(input(), { matches: 2_258, inStages: 100_000 })).toBe('set');
    expect(pageShape(input(), { matches: 2_259, inStages: 100_000 })).toBe('probe');
    expect(pageShape(input(), { matches: 100_000, inStages: 100_000 })).toBe('probe');
  });

  it('walks one shown stage along its own index, and walks when the numbers are not known', () => {
    const oneStage = input({ status: 'all', stages: ['intake'] });
    expect(pageShape(oneStage, { matches: 10_000, inStages: 10_000 })).toBe('stage');
    expect(pageShape(oneStage, { matches: 10, inStages: 10_000 })).toBe('set');
    expect(pageShape(oneStage)).toBe('stage');
    expect(pageShape(input({ field: 'poverty' }))).toBe('probe');
  });
});
