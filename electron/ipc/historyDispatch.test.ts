import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  ({ fixture, dispatch, call } = await setUpDispatch('2026-04-10T00:00:00.000Z'));
});
afterAll(() => fixture.cleanup());

async function refusedCode(name: Parameters<Call>[0], input: unknown): Promise<string> {
  const envelope = await dispatch(ownWindow, name, input);
  if (envelope.ok) throw new Error(`${name} was accepted`);
  return envelope.code;
}

describe('訂正履歴 and 取消 through the dispatcher', () => {
  it('keeps every version of a note, a case and a consent, and lists a withdrawn note', async () => {
    const me = fixture.session.requireUnlocked(['admin']).actor;
    const intake = await call('case.intake', {
      receivedOn: '2026-04-01',
      receivedBy: me.staffId,
      route: 'phone',
      person: {
        mode: 'newHousehold',
        household: { address: 'みどり町1-1' },
        person: { name: '訂正 太郎', nameKana: 'ていせい たろう', birthDate: '1970-01-01' },
      },
      fields: ['poverty'],
      chiefComplaint: '生活が苦しい',
    });
    const caseId = intake.caseId;
    const note = await call('note.create', {
      caseId,
      occurredAt: '2026-04-02T10:00',
      means: 'phone',
      facts: '初回の電話',
    });
    for (const facts of ['初回の電話（本人から）', '初回の電話（本人から、30分）']) {
      await call('note.update', {
        id: note.id,
        occurredAt: '2026-04-02T10:00',
        means: 'phone',
        facts,
      });
    }
    const history = await call('note.history', { id: note.id });
    expect(history.versions.map((v) => [v.version, v.content.facts, v.current])).toEqual([
      [1, '初回の電話', false],
      [2, '初回の電話（本人から）', false],
      [3, '初回の電話（本人から、30分）', true],
    ]);

    const mistaken = await call('note.create', {
      caseId,
      occurredAt: '2026-04-03T10:00',
      means: 'homeVisit',
      facts: '別の世帯の訪問記録',
    });
    expect(await refusedCode('note.withdraw', { id: mistaken.id, reason: '' })).toBe('VALIDATION');
    expect(await refusedCode('note.withdraw', { id: mistaken.id })).toBe('VALIDATION');
    const withdrawn = await call('note.withdraw', { id: mistaken.id, reason: '別の世帯の記録' });
    expect(withdrawn.withdrawn?.reason).toBe('別の世帯の記録');
    const detail = await call('case.get', { id: caseId });
    expect(detail.notes.map((n) => [n.facts, n.version, n.withdrawn?.reason ?? null])).toEqual([
      ['別の世帯の訪問記録', 1, '別の世帯の記録'],
      ['初回の電話（本人から、30分）', 3, null],
    ]);

    await call('case.update', { id: caseId, urgency: 'high' });
    const caseVersions = await call('case.history', { id: caseId });
    expect(caseVersions.versions.map((v) => [v.content.urgency, v.changed])).toEqual([
      ['normal', []],
      ['high', ['urgency']],
    ]);

    const consent = await call('consent.record', {
      caseId,
      kind: 'application',
      state: 'given',
      recordedOn: '2026-04-02',
      method: 'verbal',
    });
    await call('consent.correct', {
      id: consent.id,
      state: 'given',
      recordedOn: '2026-04-01',
      method: 'verbal',
    });
    const consentVersions = await call('consent.history', { id: consent.id });
    expect(consentVersions.versions.map((v) => v.content.recordedOn)).toEqual([
      '2026-04-02',
      '2026-04-01',
    ]);

    // 閲覧 reads the history but may neither correct nor withdraw.
    await call('auth.logout', {});
    await call('auth.login', { login: viewerLogin, password: viewerPassword });
    expect((await call('note.history', { id: note.id })).versions).toHaveLength(3);
    expect(await refusedCode('note.withdraw', { id: note.id, reason: '誤り' })).toBe('FORBIDDEN');
    expect(
      await refusedCode('consent.correct', {
        id: consent.id,
        state: 'refused',
        recordedOn: '2026-04-01',
      }),
    ).toBe('FORBIDDEN');

    // Under 閲覧制限 the history is as missing as the record.
    await call('auth.logout', {});
    await call('auth.login', { login: adminLogin, password: adminPassword });
    await call('case.update', { id: caseId, restricted: true });
    await call('auth.logout', {});
    await call('auth.login', { login: viewerLogin, password: viewerPassword });
    for (const [name, id] of [
      ['note.history', note.id],
      ['case.history', caseId],
      ['consent.history', consent.id],
    ] as const) {
      expect(await refusedCode(name, { id })).toBe('NOT_FOUND');
    }
    await call('auth.logout', {});
    await call('auth.login', { login: adminLogin, password: adminPassword });
    fixture.session.withDataKey(['admin'], ({ db }) => {
      expect(verifyAuditChain(db).problems).toEqual([]);
    });
  });
});
