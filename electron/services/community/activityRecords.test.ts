import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityCreateInput, activityListInput } from '../../contract/schemas/activity';
import type { CallInput, ParsedInput } from '../../contract/types';
import {
  auditTrail,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { createActivity, getActivity, listActivities, updateActivity } from './activityRecords';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
  f.clock.set('2026-06-30T01:00:00.000Z');
});
afterAll(() => f.cleanup());

function input(overrides: Partial<CallInput<'activity.create'>> = {}) {
  return activityCreateInput.parse({
    heldOn: '2026-06-01',
    name: 'ふれあいサロン',
    kind: 'ibasho',
    participants: 12,
    participantsElderly: 8,
    participantsChildren: 2,
    ...overrides,
  });
}

const create = (overrides: Partial<CallInput<'activity.create'>> = {}) =>
  createActivity(f.db, f.worker, f.clock, input(overrides));

describe('地域づくり (activities)', () => {
  it('records an activity with its groups, by the acting staff member, audited by kind', () => {
    const before = lastAuditId(f.db);
    const activity = create();
    expect(activity).toMatchObject({
      name: 'ふれあいサロン',
      participants: 12,
      participantsElderly: 8,
      participantsDisability: null,
      participantsChildren: 2,
      staffName: '相談 一郎',
    });
    expect(getActivity(f.db, { id: activity.id })).toEqual(activity);
    expect(auditTrail(f.db, before)).toEqual([`activity.create activity:${activity.id}`]);
  });

  it.each([
    ['groups adding up to more than the total', { participants: 5, participantsElderly: 6 }],
    ['a negative count', { participants: -1 }],
    ['a fractional count', { participants: 1.5 }],
  ])('refuses %s at the boundary', (_what, patch) => {
    expect(activityCreateInput.safeParse({ ...input(), ...patch }).success).toBe(false);
  });

  it('refuses a day in the future: an activity is recorded once held', () => {
    expect(refusal(() => create({ heldOn: '2026-07-01' }))).toMatchObject({
      code: 'VALIDATION',
      paths: ['heldOn'],
    });
  });

  it('updates as a whole, auditing the fields changed (and nothing when none changed)', () => {
    const activity = create({ name: '子ども食堂まつり', kind: 'event' });
    const update = (patch: Partial<ParsedInput<'activity.update'>>) =>
      updateActivity(f.db, f.worker, f.clock, {
        ...input({ name: '子ども食堂まつり', kind: 'event' }),
        id: activity.id,
        ...patch,
      });
    const before = lastAuditId(f.db);
    update({});
    expect(update({ participants: 40 }).participants).toBe(40);
    expect(auditTrail(f.db, before)).toEqual([`activity.update activity:${activity.id}`]);
    expect(refusal(() => update({ id: 9999 })).code).toBe('NOT_FOUND');
  });

  it('lists by period (both ends included) and kind, newest first', () => {
    const ids = ['2026-04-30', '2026-05-01', '2026-05-31', '2026-06-01'].map(
      (heldOn) => create({ heldOn, name: `会議${heldOn}`, kind: 'network' }).id,
    );
    const list = (filter: CallInput<'activity.list'>) =>
      listActivities(f.db, activityListInput.parse(filter)).map((a) => a.id);
    expect(list({ from: '2026-05-01', to: '2026-05-31', kind: 'network' })).toEqual([
      ids[2],
      ids[1],
    ]);
    expect(list({ kind: 'network' })).toEqual([...ids].reverse());
  });
});
