import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseIntakeInput,
  consentRecordInput,
  noteCreateInput,
  noteUpdateInput,
} from '../../contract/schemas/caseWork';
import { agencyCreateInput } from '../../contract/schemas/directory';
import { personFields } from '../../contract/schemas/household';
import type { Actor } from '../audit/actor';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import { createAgency } from '../directory/agencyService';
import { getCase } from './caseDetail';
import { setCaseAgency } from './caseAgencyService';
import {
  auditTrail,
  countCaseWorkRows,
  lastAuditId,
  newHouseholdIntake,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from './caseWork.testing';
import { closeCase } from './closeCase';
import { getHousehold } from './householdDetail';
import { updateHousehold } from './householdService';
import { intakeCase } from './intakeCase';
import { createNote, updateNote } from './noteService';
import { createPerson, findSamePersons, updatePerson } from './personService';
import { recordConsent } from './recordConsent';
import { updateCase } from './updateCase';

let f: CaseWorkFixture;
let restricted: ReturnType<typeof intakeCase>;
let open: ReturnType<typeof intakeCase>;
let noteId: number;
let agencyId: number;

beforeAll(() => {
  f = setUpCaseWork();
  // A DV case: 主担当 is 相談 一郎, restricted. Another, ordinary case elsewhere.
  restricted = intakeCase(
    f.db,
    f.worker,
    f.clock,
    newHouseholdIntake(f.worker.staffId, {}, { name: '秘匿 さくら', birthDate: '1990-05-05' }),
  );
  updateCase(f.db, f.worker, f.clock, { id: restricted.caseId, restricted: true });
  noteId = createNote(
    f.db,
    f.worker,
    f.clock,
    noteCreateInput.parse({
      caseId: restricted.caseId,
      occurredAt: '2026-04-01T10:00',
      means: 'visitOffice',
    }),
  ).id;
  agencyId = createAgency(
    f.db,
    f.admin,
    f.clock,
    agencyCreateInput.parse({ agency: { name: '配偶者暴力相談支援センター', kind: 'municipal' } }),
  ).id;
  open = intakeCase(f.db, f.otherWorker, f.clock, newHouseholdIntake(f.otherWorker.staffId));
});
afterAll(() => f.cleanup());

/** Every read and write another 相談員 might try on the restricted case and its household. */
function attempts(actor: Actor): Array<[string, () => unknown]> {
  const { caseId, householdId, personId } = restricted;
  const person = personFields.parse({ name: '秘匿 さくら' });
  return [
    ['case.get', () => getCase(f.db, actor, f.clock, { id: caseId })],
    ['case.update', () => updateCase(f.db, actor, f.clock, { id: caseId, urgency: 'high' })],
    [
      'case.close',
      () =>
        closeCase(f.db, actor, f.clock, {
          id: caseId,
          closedOn: '2026-04-01',
          closeReasonCode: 'other',
          closeReason: 'x',
        }),
    ],
    ['household.get', () => getHousehold(f.db, actor, f.clock, { id: householdId })],
    [
      'household.update',
      () =>
        updateHousehold(f.db, actor, f.clock, {
          id: householdId,
          household: {
            postalCode: '',
            address: '',
            building: '',
            district: '',
            housingType: '',
            memo: '',
          },
        }),
    ],
    ['person.create', () => createPerson(f.db, actor, f.clock, { householdId, person })],
    ['person.update', () => updatePerson(f.db, actor, f.clock, { id: personId, person })],
    [
      'note.create',
      () =>
        createNote(
          f.db,
          actor,
          f.clock,
          noteCreateInput.parse({
            caseId,
            occurredAt: '2026-04-01T11:00',
            means: 'phone',
          }),
        ),
    ],
    [
      'note.update',
      () =>
        updateNote(
          f.db,
          actor,
          f.clock,
          noteUpdateInput.parse({
            id: noteId,
            occurredAt: '2026-04-01T11:00',
            means: 'phone',
          }),
        ),
    ],
    [
      'consent.record',
      () =>
        recordConsent(
          f.db,
          actor,
          f.clock,
          consentRecordInput.parse({
            caseId,
            kind: 'application',
            state: 'refused',
            recordedOn: '2026-04-01',
          }),
        ),
    ],
    ['caseAgency.set', () => setCaseAgency(f.db, actor, f.clock, { caseId, agencyId, role: '' })],
    [
      'case.intake (existing person)',
      () =>
        intakeCase(
          f.db,
          actor,
          f.clock,
          caseIntakeInput.parse({
            receivedOn: '2026-04-01',
            receivedBy: actor.staffId,
            route: 'counter',
            person: { mode: 'existing', personId },
            fields: ['other'],
          }),
        ),
    ],
  ];
}

describe('閲覧制限', () => {
  it('hides the restricted case, its household and its people from an unassigned 相談員', () => {
    const before = countCaseWorkRows(f.db);
    for (const [name, attempt] of attempts(f.otherWorker)) {
      expect(refusal(attempt).code, name).toBe('NOT_FOUND');
    }
    expect(countCaseWorkRows(f.db)).toEqual(before);
    expect(
      findSamePersons(f.db, f.otherWorker, f.clock, {
        name: '秘匿さくら',
        nameKana: '',
        birthDate: '1990-05-05',
      }),
    ).toEqual([]);
    // A 閲覧 account does not see it either (and the contract refuses it every write).
    expect(refusal(() => getCase(f.db, f.viewer, f.clock, { id: restricted.caseId })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('shows it to the 主担当 and to 管理者, and to a 副担当 once assigned', () => {
    for (const actor of [f.worker, f.admin]) {
      expect(getCase(f.db, actor, f.clock, { id: restricted.caseId }).caseNumber).toBe(
        restricted.caseNumber,
      );
      expect(
        getHousehold(f.db, actor, f.clock, { id: restricted.householdId }).cases.map((c) => c.id),
      ).toEqual([restricted.caseId]);
      expect(
        findSamePersons(f.db, actor, f.clock, {
          name: '秘匿 さくら',
          nameKana: '',
          birthDate: null,
        }).map((p) => p.id),
      ).toEqual([restricted.personId]);
    }
    updateCase(f.db, f.worker, f.clock, {
      id: restricted.caseId,
      subStaffId: f.otherWorker.staffId,
    });
    expect(getCase(f.db, f.otherWorker, f.clock, { id: restricted.caseId }).restricted).toBe(true);
    updateCase(f.db, f.worker, f.clock, { id: restricted.caseId, subStaffId: null });
  });

  it('hides a whole household for one restricted case, even its ordinary cases', () => {
    const sibling = intakeCase(
      f.db,
      f.worker,
      f.clock,
      caseIntakeInput.parse({
        receivedOn: '2026-04-01',
        receivedBy: f.worker.staffId,
        route: 'referral',
        person: {
          mode: 'newInHousehold',
          householdId: restricted.householdId,
          person: { name: '秘匿 こども' },
        },
        fields: ['child'],
      }),
    );
    expect(refusal(() => getCase(f.db, f.otherWorker, f.clock, { id: sibling.caseId })).code).toBe(
      'NOT_FOUND',
    );
    expect(getCase(f.db, f.otherWorker, f.clock, { id: open.caseId }).caseNumber).toBe(
      open.caseNumber,
    );
  });

  it('audited every view and change, and the chain verifies', () => {
    const before = lastAuditId(f.db);
    getCase(f.db, f.admin, f.clock, { id: restricted.caseId });
    getHousehold(f.db, f.admin, f.clock, { id: restricted.householdId });
    expect(auditTrail(f.db, before)).toEqual([
      `case.view case:${restricted.caseId}`,
      `household.view household:${restricted.householdId}`,
    ]);
    const all = auditTrail(f.db);
    expect(all.filter((a) => a.startsWith('case.update'))).toHaveLength(3);
    expect(all.filter((a) => a.startsWith('note.create'))).toHaveLength(1);
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });
});
