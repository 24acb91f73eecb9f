import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../services/audit/verifyAuditChain';
import { setUpSession } from '../services/auth/sessionManager.testing';
import { dispatcherFor, ownWindow, type Call, type DispatchFixture } from './dispatch.testing';

let fixture: DispatchFixture['fixture'];
let dispatch: DispatchFixture['dispatch'];
let call: Call;

beforeAll(() => {
  ({ fixture, dispatch, call } = dispatcherFor(setUpSession()));
});
afterAll(() => fixture.cleanup());

describe('case work through the dispatcher', () => {
  it('registers a household, takes an intake, records notes, consent and agencies, and closes', async () => {
    const me = fixture.session.requireUnlocked(['admin']).actor;
    const household = await call('household.create', {
      household: { postalCode: '１２３－４５６７', address: 'みどり町3-4-5', district: '西圏域' },
      members: [
        {
          name: '佐藤 一郎',
          nameKana: 'さとう いちろう',
          birthDate: '1970-08-01',
          phone: '090-1111-2222',
        },
        { name: '佐藤 ハル', nameKana: 'さとう はる', birthDate: '1942-01-20', relationship: '母' },
      ],
    });
    expect(household.household.postalCode).toBe('123-4567');
    const son = household.members[0]!;

    const same = await call('person.findSame', { name: '佐藤　一郎', birthDate: '1970-08-01' });
    expect(same.map((p) => p.id)).toEqual([son.id]);

    const tags = await call('codeList.get', { list: 'issueTag' });
    const intake = await call('case.intake', {
      receivedOn: '2026-04-01',
      receivedBy: me.staffId,
      route: 'phone',
      person: { mode: 'existing', personId: son.id },
      fields: ['elderly', 'poverty'],
      tags: [tags[0]!.label],
      chiefComplaint: '母の介護で離職し、生活が苦しい',
    });
    expect(intake.caseNumber).toBe('R8-0001');

    for (const [time, facts] of [
      ['2026-04-01T10:00', '電話で相談受付'],
      ['2026-04-01T11:00', '包括に連絡'],
      ['2026-04-01T09:00', '本人から初回の電話'],
    ] as const) {
      await call('note.create', { caseId: intake.caseId, occurredAt: time, means: 'phone', facts });
    }
    await call('consent.record', {
      caseId: intake.caseId,
      kind: 'infoSharing',
      state: 'given',
      recordedOn: '2026-04-01',
      method: 'verbal',
    });
    const houkatsu = await call('agency.create', {
      agency: { name: '西地域包括支援センター', kind: 'houkatsu' },
    });
    const selfReliance = await call('agency.create', {
      agency: { name: 'みどり町自立相談支援機関', kind: 'selfReliance' },
    });
    await call('caseAgency.set', {
      caseId: intake.caseId,
      agencyId: houkatsu.id,
      role: '母の介護',
    });
    await call('caseAgency.set', {
      caseId: intake.caseId,
      agencyId: selfReliance.id,
      role: '家計・就労',
    });
    await call('case.update', { id: intake.caseId, coordination: true, stage: 'support' });

    const detail = await call('case.get', { id: intake.caseId });
    expect(detail).toMatchObject({
      stage: 'support',
      coordination: true,
      coordinationOn: '2026-04-01',
      consents: { current: { infoSharing: { state: 'given', method: 'verbal' } } },
    });
    expect(detail.notes.map((n) => n.facts)).toEqual([
      '包括に連絡',
      '電話で相談受付',
      '本人から初回の電話',
    ]);
    expect(detail.agencies.map((a) => a.role)).toEqual(['母の介護', '家計・就労']);

    const whole = await call('household.get', { id: household.household.id });
    expect(whole.cases.map((c) => c.caseNumber)).toEqual(['R8-0001']);
    expect(whole.agencies.map((a) => a.caseNumbers)).toEqual([['R8-0001'], ['R8-0001']]);

    const list = await call('case.list', { status: 'all' });
    expect(list.rows.map((r) => r.id)).toContain(intake.caseId);
    expect((await call('staff.options', {})).map((s) => s.id)).toEqual([me.staffId]);
    expect((await call('agency.list', {})).map((a) => a.id)).toEqual([
      houkatsu.id,
      selfReliance.id,
    ]);

    const closed = await call('case.close', {
      id: intake.caseId,
      closedOn: '2026-04-01',
      closeReasonCode: 'other',
      closeReason: '就労開始・介護サービス利用開始',
    });
    expect(closed.stage).toBe('closed');

    const { db } = fixture.session.requireUnlocked(['admin']);
    expect(verifyAuditChain(db).problems).toEqual([]);
  });

  it('returns a future 受付日 as a field issue in Japanese, with nothing written', async () => {
    const envelope = await dispatch(ownWindow, 'case.intake', {
      receivedOn: '2026-04-02',
      receivedBy: 1,
      route: 'counter',
      person: { mode: 'newHousehold', household: {}, person: { name: '未来 受付' } },
      fields: ['other'],
    });
    expect(envelope).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      issues: [{ path: 'receivedOn', message: '受付日に未来の日付は入力できません' }],
    });
    const same = await call('person.findSame', { name: '未来 受付', birthDate: null });
    expect(same).toEqual([]);
  });
});
