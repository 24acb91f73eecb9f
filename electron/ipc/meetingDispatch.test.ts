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
  // The meetings are held on 2026-04-10.
  ({ fixture, dispatch, call } = await setUpDispatch('2026-04-10T01:00:00.000Z'));
});
afterAll(() => fixture.cleanup());

async function intake(name: string): Promise<number> {
  const me = fixture.session.requireUnlocked(['admin']).actor;
  const result = await call('case.intake', {
    receivedOn: '2026-04-01',
    receivedBy: me.staffId,
    route: 'counter',
    person: { mode: 'newHousehold', household: {}, person: { name } },
    fields: ['poverty'],
  });
  return result.caseId;
}

let meetingId = 0;
let jusouId = 0;
let caseIds: number[] = [];

describe('会議 through the dispatcher', () => {
  it('creates a 支援会議 with two cases and three attendees, minutes and a decision; prints its handout', async () => {
    caseIds = [await intake('佐藤 一郎'), await intake('鈴木 次郎')];
    const meeting = await call('meeting.create', {
      kind: 'shien',
      heldOn: '2026-04-10',
      title: '4月定例',
    });
    meetingId = meeting.id;
    await call('meeting.setAttendees', {
      meetingId,
      attendees: [
        { name: '出席 一郎', confidentialityAckOn: '2026-04-10' },
        { name: '出席 二郎', confidentialityAckOn: '2026-04-10' },
        { name: '出席 三郎', confidentialityAckOn: '2026-04-10' },
      ],
    });
    for (const caseId of caseIds) await call('meeting.addCase', { meetingId, caseId });
    await call('meeting.recordMinutes', {
      meetingId,
      caseId: caseIds[0] ?? 0,
      minutes: '見守りを続ける',
    });
    const decided = await call('meeting.addDecision', {
      meetingId,
      caseId: caseIds[0] ?? 0,
      kind: 'supportDecision',
      text: '多機関で支援する',
    });
    expect(decided).toMatchObject({ caseCount: 2, attendeeCount: 3, kindName: '支援会議' });
    expect(decided.cases[0]).toMatchObject({ stage: 'planning', minutes: '見守りを続ける' });

    const handout = await call('print.meetingHandout', { meetingId });
    for (const n of [1, 2, 3]) expect(handout.html).toContain(`配布番号 ${n} / 3`);
    expect((await call('meeting.list', { from: '2026-04-01' })).map((m) => m.id)).toEqual([
      meetingId,
    ]);
    expect(
      (await call('meeting.forCase', { caseId: caseIds[0] ?? 0 })).map((m) => m.meetingId),
    ).toEqual([meetingId]);
  });

  it('refuses a case without consent on a 重層的支援会議 as CONFLICT, and checkCase says why', async () => {
    jusouId = (await call('meeting.create', { kind: 'jusou', heldOn: '2026-04-10' })).id;
    const caseId = caseIds[1] ?? 0;
    const check = await call('meeting.checkCase', { meetingId: jusouId, caseId });
    expect(check).toMatchObject({ allowed: false, suggestedKind: 'shien' });
    expect(await dispatch(ownWindow, 'meeting.addCase', { meetingId: jusouId, caseId })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: check.reason,
    });
    await call('consent.record', {
      caseId,
      kind: 'jusouMeeting',
      state: 'given',
      recordedOn: '2026-04-10',
      method: 'signature',
    });
    expect((await call('meeting.addCase', { meetingId: jusouId, caseId })).cases).toHaveLength(1);
  });

  const hostile: Array<[string, CallName, unknown, string[]]> = [
    ['an unknown kind', 'meeting.create', { kind: 'secret', heldOn: '2026-04-10' }, ['kind']],
    [
      'a date that does not exist',
      'meeting.create',
      { kind: 'shien', heldOn: '2026-02-30' },
      ['heldOn'],
    ],
    [
      'a time out of range',
      'meeting.create',
      { kind: 'shien', heldOn: '2026-04-10', startTime: '25:00' },
      ['startTime'],
    ],
    [
      'an end before the start',
      'meeting.create',
      { kind: 'shien', heldOn: '2026-04-10', startTime: '15:00', endTime: '14:00' },
      ['endTime'],
    ],
    [
      'a control character',
      'meeting.create',
      { kind: 'shien', heldOn: '2026-04-10', title: 'a\u0000b' },
      ['title'],
    ],
    [
      'an extra key',
      'meeting.create',
      { kind: 'shien', heldOn: '2026-04-10', sql: 'DROP TABLE meeting' },
      [''],
    ],
    ['an id as text', 'meeting.get', { id: '1' }, ['id']],
    ['a negative id', 'meeting.addCase', { meetingId: -1, caseId: 1 }, ['meetingId']],
    ['a period out of order', 'meeting.list', { from: '2026-05-01', to: '2026-04-01' }, ['to']],
    [
      'an attendee with no one',
      'meeting.setAttendees',
      { meetingId: 1, attendees: [{}] },
      ['attendees.0.name'],
    ],
    [
      'too many attendees',
      'meeting.setAttendees',
      { meetingId: 1, attendees: Array.from({ length: 61 }, () => ({ name: 'x' })) },
      ['attendees'],
    ],
    [
      'プラン承認 without a plan',
      'meeting.addDecision',
      { meetingId: 1, caseId: 1, kind: 'planApproval' },
      ['planId'],
    ],
    [
      'an unknown decision',
      'meeting.addDecision',
      { meetingId: 1, caseId: 1, kind: 'veto' },
      ['kind'],
    ],
    [
      'a kind rename to blank',
      'settings.update',
      { meetingKindNames: { shien: ' ', jusou: 'a', case: 'b', study: 'c' } },
      ['meetingKindNames.shien'],
    ],
    [
      'two kinds named alike',
      'settings.update',
      { meetingKindNames: { shien: 'a', jusou: 'a', case: 'b', study: 'c' } },
      ['meetingKindNames'],
    ],
  ];

  it.each(hostile)('refuses %s', async (_label, name, input, paths) => {
    const envelope = await dispatch(ownWindow, name, input);
    expect(envelope).toMatchObject({ ok: false, code: 'VALIDATION' });
    if (envelope.ok) return;
    expect((envelope.issues ?? []).map((i) => i.path)).toEqual(expect.arrayContaining(paths));
  });

  it('stores markup and SQL in a title as inert text', async () => {
    const title = "<script>alert(1)</script>'; DROP TABLE meeting; --";
    const created = await call('meeting.create', { kind: 'study', heldOn: '2026-04-10', title });
    expect((await call('meeting.get', { id: created.id })).title).toBe(title);
  });

  it('lets the office rename the kinds, which views then use', async () => {
    const names = {
      shien: '支援調整会議',
      jusou: '重層会議',
      case: 'ケース検討会議',
      study: '事例研究',
    };
    expect((await call('settings.update', { meetingKindNames: names })).meetingKindNames).toEqual(
      names,
    );
    expect((await call('meeting.get', { id: meetingId })).kindName).toBe('支援調整会議');
  });

  it('lets 閲覧 read meetings but change and print nothing', async () => {
    await call('auth.logout', {});
    await call('auth.login', { login: viewerLogin, password: viewerPassword });
    const view = await call('meeting.get', { id: meetingId });
    expect(view.editable).toBe(false);
    expect(await call('meeting.list', {})).toHaveLength(3);
    expect(await call('meeting.forCase', { caseId: caseIds[0] ?? 0 })).toHaveLength(1);
    const writes: Array<[CallName, unknown]> = [
      ['meeting.create', { kind: 'shien', heldOn: '2026-04-10' }],
      ['meeting.update', { id: meetingId, kind: 'shien', heldOn: '2026-04-10' }],
      ['meeting.setAttendees', { meetingId, attendees: [] }],
      ['meeting.checkCase', { meetingId, caseId: caseIds[1] ?? 0 }],
      ['meeting.addCase', { meetingId: jusouId, caseId: caseIds[0] ?? 0 }],
      ['meeting.removeCase', { meetingId, caseId: caseIds[1] ?? 0 }],
      ['meeting.recordMinutes', { meetingId, caseId: caseIds[0] ?? 0, minutes: '' }],
      [
        'meeting.addDecision',
        { meetingId, caseId: caseIds[0] ?? 0, kind: 'evaluation', text: 'x' },
      ],
      ['meeting.removeDecision', { id: 1 }],
      ['print.meetingHandout', { meetingId }],
      ['print.meetingMinutes', { meetingId }],
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
