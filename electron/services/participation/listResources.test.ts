import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { buildPerson } from '../../../db/testing/caseBuilders';
import { resourceListInput } from '../../contract/schemas/participation';
import type { CallInput } from '../../contract/types';
import {
  auditTrail,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { followUpMatch } from './followUpMatch';
import { createMatch } from './matchRecords';
import { followUpInput, matchInput, resourceInput } from './participation.testing';
import { createResource, getResource, listResources, updateResource } from './resourceRecords';

let f: CaseWorkFixture;
const ids: Record<string, number> = {};

/** `n` people matched to the resource, moved to `status`. */
function fill(resource: string, n: number, status: 'participating' | 'settled' | 'trial') {
  for (let i = 0; i < n; i += 1) {
    const p = withTransaction(f.db, (tx) => buildPerson(tx, { name: `${resource}${i}` }));
    const match = createMatch(f.db, f.worker, f.clock, matchInput(p.id, ids[resource]!));
    followUpMatch(f.db, f.worker, f.clock, followUpInput(match.id, { statusTo: status }));
  }
}

beforeAll(() => {
  f = setUpCaseWork();
  f.clock.set('2026-05-01T01:00:00.000Z');
  const add = (name: string, overrides: Partial<CallInput<'resource.create'>>) => {
    ids[name] = createResource(f.db, f.worker, f.clock, resourceInput({ name, ...overrides })).id;
  };
  add('ひだまり食堂', {
    kind: 'kodomoShokudo',
    place: 'ｺﾐｭﾆﾃｨｾﾝﾀｰ',
    district: '東圏域',
    capacity: 2,
  });
  add('西の畑', { kind: 'farming', hostName: 'ＪＡみどり', district: '西圏域', capacity: 5 });
  add('サロン 桜', { kind: 'salon', district: '東圏域', capacity: null });
  add('休止した作業所', { kind: 'work', active: false, capacity: 1 });
  fill('ひだまり食堂', 2, 'participating');
  fill('西の畑', 1, 'settled');
  fill('西の畑', 2, 'trial');
});
afterAll(() => f.cleanup());

const list = (input: CallInput<'resource.list'> = {}) =>
  listResources(f.db, resourceListInput.parse(input)).map((r) => r.name);

describe('resource.list (社会資源, 資源を探す)', () => {
  // The name key folds hiragana into katakana, so ひだまり sorts as ヒダマリ, after サロン (五十音順).
  it('lists active resources by name key, with free capacity from matches 参加中 and 定着 only', () => {
    expect(list()).toEqual(['サロン 桜', 'ひだまり食堂', '西の畑']);
    const views = listResources(f.db, resourceListInput.parse({ activeOnly: false }));
    expect(views.map((v) => [v.name, v.capacity, v.activeMatches, v.freeCapacity])).toEqual([
      ['サロン 桜', null, 0, null],
      ['ひだまり食堂', 2, 2, 0],
      ['休止した作業所', 1, 0, 1],
      ['西の畑', 5, 1, 4],
    ]);
  });

  it.each<[string, CallInput<'resource.list'>, string[]]>([
    ['a kind', { kind: 'farming' }, ['西の畑']],
    ['half-width katakana typed full-width', { words: 'コミュニティ' }, ['ひだまり食堂']],
    ['full-width letters typed half-width', { words: 'ja' }, ['西の畑']],
    ['a district', { words: '東圏域' }, ['サロン 桜', 'ひだまり食堂']],
    ['a name typed without its space', { words: 'サロン桜' }, ['サロン 桜']],
    ['two words, both needed', { words: '東圏域　食堂' }, ['ひだまり食堂']],
    ['an inactive one when asked', { words: '作業所', activeOnly: false }, ['休止した作業所']],
  ])('finds by %s', (_what, input, names) => {
    expect(list(input)).toEqual(names);
  });

  it('puts resources with room first for 資源を探す, keeping name order within each group', () => {
    expect(list({ withFreeCapacity: true })).toEqual(['サロン 桜', '西の畑', 'ひだまり食堂']);
  });

  it('updates an entry, auditing the fields changed, and refuses an unknown host agency', () => {
    const before = lastAuditId(f.db);
    const updated = updateResource(f.db, f.worker, f.clock, {
      id: ids['サロン 桜']!,
      ...resourceInput({ name: 'サロン 桜', kind: 'salon', district: '東圏域', capacity: 10 }),
    });
    expect(updated).toMatchObject({ capacity: 10, freeCapacity: 10 });
    expect(getResource(f.db, { id: updated.id }).capacity).toBe(10);
    expect(auditTrail(f.db, before)).toEqual([`resource.update resource:${updated.id}`]);
    expect(
      refusal(() => createResource(f.db, f.worker, f.clock, resourceInput({ hostAgencyId: 999 }))),
    ).toMatchObject({ code: 'VALIDATION', paths: ['hostAgencyId'] });
  });
});
