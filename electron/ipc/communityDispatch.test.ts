import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallName } from '../contract/contract';
import { verifyAuditChain } from '../services/audit/verifyAuditChain';
import { adminLogin, adminPassword } from '../services/auth/sessionManager.testing';
import {
  ownWindow,
  setUpDispatch,
  viewerLogin,
  viewerPassword,
  type Call,
  type DispatchFixture,
} from './dispatch.testing';

let fixture: DispatchFixture['fixture'];
let dispatch: DispatchFixture['dispatch'];
let call: Call;

beforeAll(async () => {
  // A month after the session's start.
  ({ fixture, dispatch, call } = await setUpDispatch('2026-05-01T01:00:00.000Z'));
});
afterAll(() => fixture.cleanup());

const made = { outreachId: 0, caseId: 0, resourceId: 0, matchId: 0, activityId: 0 };

describe('アウトリーチ, 参加支援 and 地域づくり through the dispatcher', () => {
  it('records outreach with two contacts and moves it to a case, matches and follows up, records an activity', async () => {
    const target = await call('outreach.create', {
      name: '丘の上の男性（60代）',
      raisedBy: '民生委員',
      raisedOn: '2026-04-01',
    });
    await call('outreach.addContact', {
      targetId: target.id,
      contactedOn: '2026-04-03',
      method: 'visit',
      result: 'absent',
    });
    const contacted = await call('outreach.addContact', {
      targetId: target.id,
      contactedOn: '2026-04-10',
      method: 'visit',
      result: 'met',
    });
    expect(contacted).toMatchObject({ stage: 'contacted', contactCount: 2 });
    await call('outreach.setStage', { id: target.id, stage: 'consent', on: '2026-04-20' });
    const moved = await call('outreach.transfer', {
      id: target.id,
      receivedOn: '2026-04-25',
      fields: ['other'],
    });
    expect(moved.outreach.stage).toBe('transferred');
    expect((await call('case.get', { id: moved.caseId })).outreachId).toBe(target.id);
    made.outreachId = target.id;
    made.caseId = moved.caseId;

    const resource = await call('resource.create', { name: 'ひだまり農園', kind: 'farming' });
    const personId = (await call('case.get', { id: moved.caseId })).personId;
    const match = await call('match.create', {
      personId,
      caseId: moved.caseId,
      resourceId: resource.id,
      proposedOn: '2026-04-26',
    });
    const followed = await call('match.followUp', {
      matchId: match.id,
      followedOn: '2026-04-28',
      statusTo: 'visited',
      personNote: '見学して楽しそうだった',
    });
    expect(followed.followUps.map((f) => f.statusTo)).toEqual(['visited']);
    made.resourceId = resource.id;
    made.matchId = match.id;

    const activity = await call('activity.create', {
      heldOn: '2026-04-29',
      name: '地域食堂',
      kind: 'event',
      participants: 30,
      participantsChildren: 12,
    });
    made.activityId = activity.id;
    expect((await call('activity.list', { from: '2026-04-01' })).map((a) => a.id)).toEqual([
      activity.id,
    ]);

    const home = await call('dashboard.home', {});
    expect(home.myOpenCasesByStage).toEqual({ intake: 1 });
    expect(home.newCasesByMonth[0]).toMatchObject({ month: '2026-04', total: 1 });
    expect(home.newCasesByMonth[0]?.byRoute.outreach).toBe(1);
  });

  it.each<[string, CallName, unknown, string]>([
    ['an unknown key', 'outreach.create', { name: 'a', raisedOn: '2026-04-01', sql: '1' }, ''],
    ['a blank name', 'outreach.create', { name: '　', raisedOn: '2026-04-01' }, 'name'],
    ['an impossible date', 'outreach.create', { name: 'a', raisedOn: '2026-02-30' }, 'raisedOn'],
    [
      '支援へ移行 set by hand',
      'outreach.setStage',
      { id: 1, stage: 'transferred', on: '2026-04-01' },
      'stage',
    ],
    ['a negative id', 'outreach.get', { id: -1 }, 'id'],
    ['an id as text', 'match.get', { id: '1' }, 'id'],
    ['an id past the safe range', 'resource.get', { id: 1e20 }, 'id'],
    [
      'a made-up status',
      'match.followUp',
      { matchId: 1, followedOn: '2026-04-30', statusTo: 'hacked' },
      'statusTo',
    ],
    ['a negative 定員', 'resource.create', { name: 'x', kind: 'salon', capacity: -1 }, 'capacity'],
    ['a kind outside the list', 'resource.list', { kind: "salon' OR 1=1 --" }, 'kind'],
    [
      'groups over the total',
      'activity.create',
      { heldOn: '2026-04-01', name: 'x', kind: 'lecture', participants: 2, participantsOther: 3 },
      'participants',
    ],
    ['input for a call without input', 'dashboard.home', { staffId: 1 }, ''],
  ])('refuses %s', async (_what, name, input, path) => {
    const envelope = await dispatch(ownWindow, name, input);
    expect(envelope).toMatchObject({ ok: false, code: 'VALIDATION' });
    if (!envelope.ok && path !== '') {
      expect(envelope.issues?.map((i) => i.path)).toContain(path);
    }
  });

  it('treats search words as words, never as SQL', async () => {
    expect(await call('resource.list', { words: "' OR 1=1 --" })).toEqual([]);
  });

  it('lets 閲覧 read everything here but change nothing', async () => {
    await call('auth.logout', {});
    await call('auth.login', { login: viewerLogin, password: viewerPassword });
    expect((await call('outreach.get', { id: made.outreachId })).editable).toBe(false);
    expect((await call('match.get', { id: made.matchId })).editable).toBe(false);
    expect(await call('outreach.list', { includeClosed: true })).toHaveLength(1);
    expect(await call('resource.list', {})).toHaveLength(1);
    expect(await call('match.list', {})).toHaveLength(1);
    expect((await call('activity.get', { id: made.activityId })).participants).toBe(30);
    expect((await call('dashboard.home', {})).myOpenCasesByStage).toEqual({});
    const writes: Array<[CallName, unknown]> = [
      ['outreach.create', { name: 'x', raisedOn: '2026-04-01' }],
      ['outreach.update', { id: made.outreachId, name: 'x', raisedOn: '2026-04-01' }],
      [
        'outreach.addContact',
        { targetId: made.outreachId, contactedOn: '2026-04-30', method: 'phone', result: 'met' },
      ],
      ['outreach.setStage', { id: made.outreachId, stage: 'consent', on: '2026-04-30' }],
      ['outreach.transfer', { id: made.outreachId, receivedOn: '2026-04-30', fields: ['other'] }],
      ['resource.create', { name: 'x', kind: 'salon' }],
      ['resource.update', { id: made.resourceId, name: 'x', kind: 'salon' }],
      ['match.create', { personId: 1, resourceId: made.resourceId, proposedOn: '2026-04-30' }],
      ['match.update', { id: made.matchId, hostSupport: '', note: '' }],
      ['match.followUp', { matchId: made.matchId, followedOn: '2026-04-30' }],
      ['activity.create', { heldOn: '2026-04-01', name: 'x', kind: 'lecture', participants: 1 }],
      [
        'activity.update',
        { id: made.activityId, heldOn: '2026-04-01', name: 'x', kind: 'lecture', participants: 1 },
      ],
    ];
    for (const [name, input] of writes) {
      expect(await dispatch(ownWindow, name, input), name).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    await call('auth.logout', {});
    await call('auth.login', { login: adminLogin, password: adminPassword });
    const { db } = fixture.session.requireUnlocked(['admin']);
    expect(verifyAuditChain(db).problems).toEqual([]);
  });
});
