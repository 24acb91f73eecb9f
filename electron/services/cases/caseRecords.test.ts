import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyCreateInput } from '../../contract/schemas/directory';
import {
  caseIntakeInput,
  consentRecordInput,
  noteCreateInput,
  noteUpdateInput,
} from '../../contract/schemas/caseWork';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import { createAgency } from '../directory/agencyService';
import { getCase } from './caseDetail';
import { removeCaseAgency, setCaseAgency } from './caseAgencyService';
import {
  auditTrail,
  lastAuditId,
  newHouseholdIntake,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from './caseWork.testing';
import { getHousehold } from './householdDetail';
import { intakeCase } from './intakeCase';
import { createNote, updateNote } from './noteService';
import { recordConsent } from './recordConsent';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
});
afterAll(() => f.cleanup());

function newCase() {
  f.clock.set('2026-04-01T00:00:00.000Z');
  return intakeCase(f.db, f.worker, f.clock, newHouseholdIntake(f.worker.staffId));
}

function agency(name: string, kind: string) {
  return createAgency(f.db, f.admin, f.clock, agencyCreateInput.parse({ agency: { name, kind } }))
    .id;
}

function consent(caseId: number, fields: Record<string, unknown>) {
  return recordConsent(f.db, f.worker, f.clock, consentRecordInput.parse({ caseId, ...fields }));
}

function note(caseId: number, occurredAt: string, facts: string) {
  return createNote(
    f.db,
    f.worker,
    f.clock,
    noteCreateInput.parse({ caseId, occurredAt, means: 'phone', facts }),
  );
}

describe('本人同意', () => {
  it('shows the latest state per kind (同意あり then 撤回) and keeps the history newest first', () => {
    const { caseId } = newCase();
    const hokatsu = agency('みどり町地域包括支援センター', 'houkatsu');
    const before = lastAuditId(f.db);
    const given = consent(caseId, {
      kind: 'infoSharing',
      state: 'given',
      recordedOn: '2026-04-01',
      method: 'signature',
      agencyIds: [hokatsu],
    });
    expect(given).toMatchObject({
      state: 'given',
      obtainedById: f.worker.staffId,
      obtainedByName: '相談 一郎',
      agencies: [{ id: hokatsu, name: 'みどり町地域包括支援センター' }],
    });
    consent(caseId, { kind: 'infoSharing', state: 'withdrawn', recordedOn: '2026-04-01' });
    consent(caseId, {
      kind: 'application',
      state: 'given',
      recordedOn: '2026-03-30',
      method: 'proxy',
      proxyName: '山田 花子',
    });

    const { consents } = getCase(f.db, f.worker, f.clock, { id: caseId });
    expect(consents.current.infoSharing?.state).toBe('withdrawn');
    expect(consents.current.application).toMatchObject({ state: 'given', proxyName: '山田 花子' });
    expect(consents.current.jusouMeeting).toBeNull();
    expect(consents.history.map((c) => [c.kind, c.state])).toEqual([
      ['infoSharing', 'withdrawn'],
      ['infoSharing', 'given'],
      ['application', 'given'],
    ]);
    expect(auditTrail(f.db, before)).toEqual([
      `consent.record case:${caseId}`,
      `consent.record case:${caseId}`,
      `consent.record case:${caseId}`,
      `case.view case:${caseId}`,
    ]);
  });

  it('needs the method for 同意あり, the writer for 代筆, and known agencies', () => {
    const { caseId } = newCase();
    const base = { kind: 'application', recordedOn: '2026-04-01' };
    expect(refusal(() => consent(caseId, { ...base, state: 'given' }))).toMatchObject({
      code: 'VALIDATION',
      paths: ['method'],
    });
    expect(
      refusal(() => consent(caseId, { ...base, state: 'given', method: 'proxy' })),
    ).toMatchObject({ paths: ['proxyName'] });
    expect(
      refusal(() => consent(caseId, { ...base, state: 'refused', agencyIds: [9999] })),
    ).toMatchObject({ paths: ['agencyIds'] });
    expect(
      refusal(() => consent(caseId, { ...base, state: 'refused', recordedOn: '2026-04-02' })),
    ).toMatchObject({ paths: ['recordedOn'] });
  });
});

describe('経過記録', () => {
  it('keeps a timeline newest first by date and time, per case and per household', () => {
    const first = newCase();
    const second = intakeCase(
      f.db,
      f.worker,
      f.clock,
      caseIntakeInput.parse({
        receivedOn: '2026-04-01',
        receivedBy: f.worker.staffId,
        route: 'referral',
        person: {
          mode: 'newInHousehold',
          householdId: first.householdId,
          person: { name: '山田 花子', relationship: '母' },
        },
        fields: ['elderly'],
      }),
    );
    const a = note(first.caseId, '2026-04-01T10:00', '初回来所');
    const b = note(first.caseId, '2026-04-03T09:30', '電話で状況確認');
    const c = note(second.caseId, '2026-04-02T14:00', '母の件で包括から連絡');
    const d = note(first.caseId, '2026-03-31T17:00', '受付前日の電話（後から記録）');

    const caseNotes = getCase(f.db, f.worker, f.clock, { id: first.caseId }).notes;
    expect(caseNotes.map((n) => n.id)).toEqual([b.id, a.id, d.id]);
    expect(caseNotes[0]).toMatchObject({ staffName: '相談 一郎', means: 'phone', minutes: null });

    const household = getHousehold(f.db, f.worker, f.clock, { id: first.householdId });
    expect(household.notes.map((n) => n.id)).toEqual([b.id, c.id, a.id, d.id]);
    expect(household.cases.map((s) => s.caseNumber).sort()).toEqual(
      [first.caseNumber, second.caseNumber].sort(),
    );
    expect(household.members.map((m) => m.name)).toEqual(['山田 太郎', '山田 花子']);
  });

  it('corrects a note, keeping the original writer and auditing the field names', () => {
    const { caseId } = newCase();
    const written = note(caseId, '2026-04-01T10:00', '誤記あり');
    const before = lastAuditId(f.db);
    const fixed = updateNote(
      f.db,
      f.otherWorker,
      f.clock,
      noteUpdateInput.parse({
        id: written.id,
        occurredAt: '2026-04-01T10:00',
        means: 'phone',
        facts: '訂正後',
      }),
    );
    expect(fixed).toMatchObject({ facts: '訂正後', staffId: f.worker.staffId });
    expect(auditTrail(f.db, before)).toEqual([`note.update note:${written.id}`]);
    expect(
      f.db.query.auditLog.findFirst({ where: (t, { gt }) => gt(t.id, before) }).sync()?.detail,
    ).toBe(JSON.stringify({ caseId, fields: ['facts'], revision: 2 }));
    expect(refusal(() => note(9999, '2026-04-01T10:00', 'x')).code).toBe('NOT_FOUND');
  });
});

describe('関係機関 and 役割分担', () => {
  it('sets, changes and removes agencies with roles; the household lists them with case numbers', () => {
    const { caseId, caseNumber, householdId } = newCase();
    const school = agency('みどり小学校', 'school');
    const shakyo = agency('みどり町社会福祉協議会', 'shakyo');
    setCaseAgency(f.db, f.worker, f.clock, { caseId, agencyId: school, role: '見守り' });
    const list = setCaseAgency(f.db, f.worker, f.clock, {
      caseId,
      agencyId: shakyo,
      role: '家計相談',
    });
    // By kind in the users' order: 社会福祉協議会 comes before 学校.
    expect(list.map((a) => [a.name, a.role])).toEqual([
      ['みどり町社会福祉協議会', '家計相談'],
      ['みどり小学校', '見守り'],
    ]);
    const changed = setCaseAgency(f.db, f.worker, f.clock, {
      caseId,
      agencyId: school,
      role: '登校支援',
    });
    expect(changed.find((a) => a.agencyId === school)?.role).toBe('登校支援');

    const household = getHousehold(f.db, f.worker, f.clock, { id: householdId });
    expect(household.agencies).toEqual([
      expect.objectContaining({ agencyId: shakyo, caseNumbers: [caseNumber], role: '家計相談' }),
      expect.objectContaining({ agencyId: school, caseNumbers: [caseNumber], role: '登校支援' }),
    ]);

    const before = lastAuditId(f.db);
    const removed = removeCaseAgency(f.db, f.worker, f.clock, { caseId, agencyId: school });
    expect(removed.map((a) => a.agencyId)).toEqual([shakyo]);
    removeCaseAgency(f.db, f.worker, f.clock, { caseId, agencyId: school });
    expect(auditTrail(f.db, before)).toEqual([`caseAgency.remove case:${caseId}`]);
    expect(
      refusal(() => setCaseAgency(f.db, f.worker, f.clock, { caseId, agencyId: 9999, role: '' }))
        .code,
    ).toBe('NOT_FOUND');
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });
});
