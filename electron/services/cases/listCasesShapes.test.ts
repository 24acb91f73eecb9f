import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import {
  buildCase,
  buildConsent,
  buildHousehold,
  buildPerson,
  buildStaff,
} from '../../../db/testing/caseBuilders';
import { createTestDb } from '../../../db/testing/createTestDb';
import { consentKinds, consentStates, fields, stages, type Stage } from '../../contract/caseCodes';
import { caseListInput } from '../../contract/schemas/caseWork';
import type { CallInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { listCases, pageKeys } from './listCases';
import type { FilterShape } from './listCasesFilters';
import { sortSpecs } from './listCasesSort';

/**
 * Every way of reading the list must list the same cases: the three page shapes, paging by
 * cursor, and the total (from counters or indexes). 90 cases spread over every stage, 分野, 課題,
 * consent state and staff member, a fifth of them restricted, some households mixed.
 */
function setUp() {
  const testDb = createTestDb();
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const pick = <T>(items: readonly T[]): T => items[random(items.length)] as T;
  const staff = withTransaction(testDb.db, (tx) => {
    const people = {
      admin: buildStaff(tx, 'kanri', 'admin'),
      w1: buildStaff(tx, 'w1', 'worker'),
      w2: buildStaff(tx, 'w2', 'worker'),
      viewer: buildStaff(tx, 'viewer', 'viewer'),
    };
    const workers = [people.w1.staffId, people.w2.staffId, null];
    let householdId = buildHousehold(tx);
    for (let i = 0; i < 90; i++) {
      if (random(3) === 0) householdId = buildHousehold(tx, `みどり町${i}`);
      const person = buildPerson(tx, { householdId, name: `本人 ${i}` });
      const made = buildCase(tx, {
        personId: person.id,
        householdId,
        receivedOn: `2026-0${4 + random(6)}-${String(1 + random(28)).padStart(2, '0')}`,
        stage: pick(stages.codes),
        restricted: random(5) === 0,
        mainStaffId: pick(workers),
        subStaffId: pick(workers),
        coordination: random(2) === 0,
        fields: [...new Set([pick(fields.codes), pick(fields.codes)])],
        tags: random(2) === 0 ? [pick(['8050問題', 'ひきこもり'])] : [],
      });
      for (const kind of consentKinds.codes) {
        if (random(2) === 0) continue;
        buildConsent(tx, {
          caseId: made.id,
          personId: person.id,
          kind,
          state: pick(consentStates.codes),
          recordedOn: '2026-10-01',
        });
      }
    }
    return people;
  });
  return { ...testDb, staff };
}

let fx: ReturnType<typeof setUp>;
beforeAll(() => {
  fx = setUp();
});
afterAll(() => fx.cleanup());

const filterSets: Array<CallInput<'case.list'>> = [
  {},
  { status: 'closed' },
  { status: 'all', stages: ['planning'] satisfies Stage[] },
  { status: 'all', stages: ['intake', 'support'] satisfies Stage[] },
  ...fields.codes.map((field) => ({ field })),
  { field: 'elderly', status: 'all', stages: ['support'] satisfies Stage[] },
  { tag: '8050問題' },
  { tag: 'ひきこもり', status: 'all' },
  { tag: 'ない課題' },
  ...consentStates.codes.map((state) => ({ consent: { kind: 'jusouMeeting' as const, state } })),
  { consent: { kind: 'infoSharing', state: 'unconfirmed' }, status: 'closed' },
  { staffId: 2 },
  { staffId: 3, status: 'all', stages: ['assessment'] satisfies Stage[] },
  { staffId: 2, field: 'elderly' },
  { staffId: 3, consent: { kind: 'infoSharing', state: 'unconfirmed' }, tag: 'ひきこもり' },
  { coordination: true },
  { receivedFrom: '2026-05-01', receivedTo: '2026-06-30', field: 'poverty' },
];

/** Every case the list shows, read in one shape with a page as large as allowed. */
function readAll(input: CallInput<'case.list'>, actor: Actor, shape: FilterShape): number[] {
  const parsed = caseListInput.parse({ ...input, limit: 200 });
  return pageKeys(fx.db, actor, parsed, sortSpecs[parsed.sort], null, shape).map((row) => row.id);
}

/** Every case, page by page through the service, with the totals it gave. */
function pageThrough(input: CallInput<'case.list'>, actor: Actor) {
  const ids: number[] = [];
  const totals = new Set<number>();
  let cursor: string | null = null;
  do {
    const result = listCases(fx.db, actor, caseListInput.parse({ ...input, limit: 7, cursor }));
    ids.push(...result.rows.map((row) => row.id));
    totals.add(result.total);
    cursor = result.nextCursor;
  } while (cursor !== null);
  return { ids, totals: [...totals] };
}

describe('listCases: every shape, every page and the total agree', () => {
  it.each(filterSets.map((filters) => [JSON.stringify(filters), filters] as const))(
    '%s',
    (_, filters) => {
      for (const actor of Object.values(fx.staff)) {
        for (const sort of Object.keys(sortSpecs) as Array<keyof typeof sortSpecs>) {
          const input = { ...filters, sort };
          const expected = readAll(input, actor, 'probe');
          expect(readAll(input, actor, 'set')).toEqual(expected);
          expect(readAll(input, actor, 'stage')).toEqual(expected);
          expect(pageThrough(input, actor)).toEqual({ ids: expected, totals: [expected.length] });
        }
      }
    },
  );

  it('is not vacuous: the filters find cases, and 閲覧制限 hides some from workers', () => {
    const open = (actor: Actor) => readAll({}, actor, 'probe').length;
    expect(open(fx.staff.admin)).toBeGreaterThan(40);
    expect(open(fx.staff.viewer)).toBeLessThan(open(fx.staff.admin));
    expect(open(fx.staff.w1)).toBeGreaterThan(open(fx.staff.viewer));
    const found = filterSets.map((filters) => readAll(filters, fx.staff.admin, 'probe').length);
    expect(found.filter((n) => n > 0).length).toBeGreaterThan(filterSets.length - 3);
  });
});
