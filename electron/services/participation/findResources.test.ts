import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { buildCase, buildPerson, buildPersonWithCase } from '../../../db/testing/caseBuilders';
import { household } from '../../../db/schema';
import { resourceCreateInput, resourceFindInput } from '../../contract/schemas/participation';
import type { CallInput } from '../../contract/types';
import {
  auditTrail,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { findResources } from './findResources';
import { followUpMatch } from './followUpMatch';
import { createMatch } from './matchRecords';
import { followUpInput, matchInput, resourceInput } from './participation.testing';
import { createResource, getResource, updateResource } from './resourceRecords';

let f: CaseWorkFixture;
const ids: Record<string, number> = {};
let son: { personId: number; householdId: number; caseId: number };
let child: { id: number };

function add(name: string, overrides: Partial<CallInput<'resource.create'>>) {
  ids[name] = createResource(f.db, f.worker, f.clock, resourceInput({ name, ...overrides })).id;
}

beforeAll(() => {
  f = setUpCaseWork();
  f.clock.set('2026-06-01T01:00:00.000Z');
  withTransaction(f.db, (tx) => {
    // 8050: a son of 56 in 北圏域・本町, his case 生活困窮 and その他 (ひきこもり).
    son = buildPersonWithCase(
      tx,
      { name: '山田 一郎', birthDate: '1970-03-02' },
      { fields: ['poverty', 'other'], tags: ['ひきこもり'] },
    );
    tx.update(household)
      .set({ district: '北圏域・本町' })
      .where(eq(household.id, son.householdId))
      .run();
    child = buildPerson(tx, {
      name: '山田 さくら',
      birthDate: '2016-05-10',
      householdId: son.householdId,
    });
  });
  // Names chosen so that name order alone puts the こども食堂 first (コ before シ, ハ, ミ).
  add('こども食堂 わいわい', {
    kind: 'kodomoShokudo',
    district: '南圏域・港',
    capacity: 30,
    ageMax: 18,
    fields: ['child', 'poverty'],
    target: '子どもと保護者、地域の方',
  });
  add('就労体験 みどりの作業所', {
    kind: 'work',
    district: '北圏域・本町',
    capacity: 5,
    ageMin: 18,
    ageMax: 64,
    fields: ['poverty', 'disability'],
  });
  add('ふれあいサロン', {
    kind: 'salon',
    district: '北圏域・山の手',
    capacity: null,
    ageMin: 65,
    fields: ['elderly'],
  });
  add('ひだまり農園', {
    kind: 'farming',
    district: '北圏域・山の手',
    capacity: 1,
    ageMin: 18,
    fields: ['disability', 'poverty'],
  });
  add('移動販売と見守り', { kind: 'other', district: '町内全域', capacity: null, intake: 'ask' });
  add('南の居場所', { kind: 'ibasho', district: '南圏域・川西', capacity: null, intake: 'full' });
  // The 農園's one place is taken: 満員 by the office's own matches.
  const taken = withTransaction(f.db, (tx) => buildPerson(tx, { name: '参加 太郎' }));
  const match = createMatch(f.db, f.worker, f.clock, matchInput(taken.id, ids['ひだまり農園']!));
  followUpMatch(
    f.db,
    f.worker,
    f.clock,
    followUpInput(match.id, { statusTo: 'participating', followedOn: '2026-05-01' }),
  );
});
afterAll(() => f.cleanup());

const find = (input: CallInput<'resource.find'>, actor = f.worker) =>
  findResources(f.db, actor, f.clock, resourceFindInput.parse(input));

/** Each result as 「name: reason（detail）, …」, the way the screen reads it. */
const readable = (input: CallInput<'resource.find'>) =>
  find(input).resources.map(
    (r) =>
      `${r.name}: ${r.fit.map((x) => (x.detail ? `${x.code}(${x.detail})` : x.code)).join(', ')}`,
  );

describe('resource.find (資源を探す, ranked by fit)', () => {
  it('ranks for a 56-year-old: the adult 就労 resource first, the こども食堂 after, 満員 last', () => {
    expect(readable({ personId: son.personId, caseId: son.caseId })).toEqual([
      '就労体験 みどりの作業所: ageInside(18〜64歳), fieldMatch(生活困窮), sameDistrict(本町), roomOpen(空き 5)',
      '移動販売と見守り: townWide, roomAsk',
      'こども食堂 わいわい: ageOutside(18歳まで), fieldMatch(生活困窮), otherArea(南圏域), roomOpen(空き 30)',
      'ふれあいサロン: ageOutside(65歳以上), fieldOther(高齢), sameArea(北圏域), roomOpen',
      'ひだまり農園: ageInside(18歳以上), fieldMatch(生活困窮), sameArea(北圏域), roomFull(定員 1人)',
      '南の居場所: otherArea(南圏域), roomFull',
    ]);
  });

  it('ranks for a child of the same household under the same case: the こども食堂 comes first', () => {
    const result = find({ personId: child.id, caseId: son.caseId });
    expect(result).toMatchObject({ personName: '山田 さくら', age: 10, district: '北圏域・本町' });
    expect(result.resources[0]?.name).toBe('こども食堂 わいわい');
    expect(result.resources.slice(-2).map((r) => r.name)).toEqual(['南の居場所', 'ひだまり農園']);
  });

  it('takes the 相談分野 of the person’s own open cases when opened without a case', () => {
    const result = find({ personId: son.personId });
    expect(result.fields).toEqual(['poverty', 'other']);
    expect(result.age).toBe(56);
    expect(result.resources[0]?.name).toBe('就労体験 みどりの作業所');
  });

  it('says 生年月日が未登録 when the age is unknown, and ranks by the rest', () => {
    const unknown = withTransaction(f.db, (tx) =>
      buildPersonWithCase(tx, { name: '年齢 不明' }, { fields: ['elderly'] }),
    );
    const result = find({ personId: unknown.personId, caseId: unknown.caseId });
    const salon = result.resources.find((r) => r.name === 'ふれあいサロン');
    expect(salon?.fit.map((r) => [r.code, r.tone, r.detail])).toEqual([
      ['ageUnknown', 'neutral', '対象 65歳以上'],
      ['fieldMatch', 'good', '高齢'],
      ['roomOpen', 'good', ''],
    ]);
    expect(result.resources[0]?.name).toBe('ふれあいサロン');
  });

  it('is audited as a view of the person, and refuses a case of another household', () => {
    const before = lastAuditId(f.db);
    find({ personId: son.personId, caseId: son.caseId });
    expect(auditTrail(f.db, before)).toEqual([`resource.find person:${son.personId}`]);
    const other = withTransaction(f.db, (tx) => buildPersonWithCase(tx, { name: '別 世帯' }));
    expect(refusal(() => find({ personId: son.personId, caseId: other.caseId }))).toMatchObject({
      code: 'VALIDATION',
      paths: ['caseId'],
    });
  });

  it('hides a restricted household: NOT_FOUND for a worker not assigned to it', () => {
    const hidden = withTransaction(f.db, (tx) => {
      const p = buildPerson(tx, { name: '制限 花子', birthDate: '1980-01-01' });
      buildCase(tx, {
        personId: p.id,
        householdId: p.householdId,
        restricted: true,
        mainStaffId: f.otherWorker.staffId,
      });
      return p;
    });
    expect(refusal(() => find({ personId: hidden.id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(find({ personId: hidden.id }, f.otherWorker).age).toBe(46);
  });

  it('stores the fit on the resource, auditing the fields changed, and refuses a reversed age range', () => {
    const id = ids['ふれあいサロン']!;
    const before = lastAuditId(f.db);
    const saved = updateResource(f.db, f.worker, f.clock, {
      id,
      ...resourceInput({
        name: 'ふれあいサロン',
        kind: 'salon',
        district: '北圏域・山の手',
        capacity: null,
        ageMin: 60,
        fields: ['other', 'elderly'],
        intake: 'ask',
      }),
    });
    expect(saved).toMatchObject({ ageMin: 60, ageMax: null, fields: ['elderly', 'other'] });
    expect(getResource(f.db, { id }).intake).toBe('ask');
    expect(auditTrail(f.db, before)).toEqual([`resource.update resource:${id}`]);
    const reversed = resourceCreateInput.safeParse({
      name: 'x',
      kind: 'salon',
      ageMin: 65,
      ageMax: 18,
    });
    expect(reversed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['ageMax'], '対象年齢の下限は上限以下にしてください'],
    ]);
  });
});
