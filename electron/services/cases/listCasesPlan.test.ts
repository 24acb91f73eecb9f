import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullScans, loggingDb, queryPlan } from '../../../db/testing/queryPlans';
import { caseListInput } from '../../contract/schemas/caseWork';
import type { CallInput } from '../../contract/types';
import { listCases } from './listCases';
import { setUpCaseList } from './listCasesFixture.testing';

let fx: ReturnType<typeof setUpCaseList>;
beforeAll(() => {
  fx = setUpCaseList();
});
afterAll(() => fx.cleanup());

/** The plan of every statement one list call runs; the first is the page query. */
function plans(input: CallInput<'case.list'>, who: 'admin' | 'w2') {
  const { db, queries } = loggingDb(fx.sqlite);
  listCases(db, fx.staff[who], caseListInput.parse(input));
  return queries.map((query) => queryPlan(fx.sqlite, query));
}

// Without ANALYZE statistics SQLite plans the same for 10 rows as for 100,000, so these plans are
// the ones the city-scale benchmark gets.
describe('listCases: query plans', () => {
  it.each<[CallInput<'case.list'>['sort'], string]>([
    ['receivedDesc', 'USING COVERING INDEX support_case_list_received'],
    ['receivedAsc', 'USING COVERING INDEX support_case_list_received'],
    ['stage', 'USING COVERING INDEX support_case_list_stage'],
    ['caseNumber', 'USING INDEX support_case_year_seq'],
  ])('walks the %s index for a page, without sorting, and counts from an index', (sort, index) => {
    for (const who of ['admin', 'w2'] as const) {
      const [page = [], ...rest] = plans({ sort }, who);
      expect(page.join('\n')).toContain(index);
      expect(page.join('\n')).not.toContain('TEMP B-TREE');
      for (const plan of [page, ...rest]) expect(fullScans(plan, ['candidate'])).toEqual([]);
      // The default view's total comes from the per-stage counts, not from counting rows.
      expect(rest.flat().join('\n')).toMatch(/SEARCH case_stage_count USING PRIMARY KEY/u);
    }
  });

  it.each<[CallInput<'case.list'>['sort'], string]>([
    ['receivedDesc', 'INDEX support_case_stage (stage=?)'],
    ['receivedAsc', 'INDEX support_case_stage (stage=?)'],
    ['caseNumber', 'INDEX support_case_stage_number (stage=?)'],
  ])('reads one stage in %s order from its own index, without sorting', (sort, index) => {
    for (const who of ['admin', 'w2'] as const) {
      const [page = []] = plans({ status: 'all', stages: ['intake'], sort }, who);
      expect(page.join('\n')).toContain(index);
      expect(page.join('\n')).not.toContain('TEMP B-TREE');
      expect(fullScans(page, ['candidate'])).toEqual([]);
    }
  });

  it.each<[CallInput<'case.list'>, string[]]>([
    [{ staffId: 2 }, ['support_case_staff_main', 'support_case_staff_sub']],
    [{ coordination: true }, ['support_case_coordination']],
    [{ coordination: false }, ['support_case_list_count']],
    [{ field: 'poverty' }, ['support_case_list_count', 'case_field_field']],
    [{ tag: '8050問題' }, ['support_case_list_count', 'case_tag_tag']],
    [{ consent: { kind: 'infoSharing', state: 'given' } }, ['consent_current_state']],
    [{ consent: { kind: 'infoSharing', state: 'unconfirmed' } }, ['consent_current_state']],
    [{ receivedFrom: '2026-04-01', receivedTo: '2026-04-30' }, ['support_case_list_count']],
  ])('pages along the sort index and counts %j from its indexes', (input, countIndexes) => {
    for (const who of ['admin', 'w2'] as const) {
      const [page = [], ...rest] = plans(input, who);
      expect(page.join('\n')).toMatch(
        /(SCAN|SEARCH) support_case USING COVERING INDEX support_case_list_received/u,
      );
      expect(page.join('\n')).not.toContain('TEMP B-TREE');
      // Stage ranges are counted from either covering index that starts with the stage.
      const counts = rest
        .flat()
        .join('\n')
        .replaceAll('support_case_stage_number', 'support_case_list_count');
      for (const index of countIndexes) expect(counts).toContain(`INDEX ${index}`);
      expect(counts).not.toMatch(/USING INDEX support_case_(list_count|stage_number)/u);
      for (const plan of [page, ...rest]) expect(fullScans(plan, ['candidate'])).toEqual([]);
    }
  });
});
