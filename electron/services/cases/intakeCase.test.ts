import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCaseById } from '../../../db/repositories/supportCaseRepository';
import { caseIntakeInput } from '../../contract/schemas/caseWork';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import { saveCodeList } from '../directory/codeListService';
import { getCase } from './caseDetail';
import {
  auditTrail,
  countCaseWorkRows,
  lastAuditId,
  newHouseholdIntake,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from './caseWork.testing';
import { intakeCase } from './intakeCase';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
});
afterAll(() => f.cleanup());

describe('case.intake', () => {
  it('creates the household, the person and the case R8-0001, then R8-0002 for the same person', () => {
    const before = lastAuditId(f.db);
    const first = intakeCase(f.db, f.worker, f.clock, newHouseholdIntake(f.worker.staffId));
    expect(first.caseNumber).toBe('R8-0001');

    const detail = getCase(f.db, f.worker, f.clock, { id: first.caseId });
    expect(detail).toMatchObject({
      caseNumber: 'R8-0001',
      stage: 'intake',
      receivedOn: '2026-04-01',
      receivedBy: f.worker.staffId,
      receivedByName: '相談 一郎',
      mainStaffId: f.worker.staffId,
      mainStaffName: '相談 一郎',
      personName: '山田 太郎',
      personKana: 'やまだ たろう',
      fields: ['elderly', 'poverty'],
      tags: ['8050問題', '生活困窮'],
      person: { name: '山田 太郎', birthDate: '1975-06-15', age: 50 },
      household: { address: 'みどり町1-2-3', district: '東圏域' },
      consents: { current: { application: null, infoSharing: null, jusouMeeting: null } },
      notes: [],
    });
    const row = findCaseById(f.db, first.caseId);
    expect(row).toMatchObject({ fiscalYear: 2026, seq: 1, createdBy: f.worker.staffId });
    expect(row?.createdAt).toBe('2026-04-01T00:00:00.000Z');

    const second = intakeCase(
      f.db,
      f.worker,
      f.clock,
      caseIntakeInput.parse({
        receivedOn: '2026-04-01',
        receivedBy: f.otherWorker.staffId,
        route: 'phone',
        person: { mode: 'existing', personId: first.personId },
        fields: ['other'],
      }),
    );
    expect(second).toMatchObject({
      caseNumber: 'R8-0002',
      personId: first.personId,
      householdId: first.householdId,
    });
    expect(findCaseById(f.db, second.caseId)?.mainStaffId).toBe(f.otherWorker.staffId);

    expect(auditTrail(f.db, before)).toEqual([
      `household.create household:${first.householdId}`,
      `codeList.seed codeList:issueTag`,
      `case.intake case:${first.caseId}`,
      `case.view case:${first.caseId}`,
      `case.intake case:${second.caseId}`,
    ]);
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });

  it('numbers by 年度: a 受付日 in March 2027 is still R8, April 2027 starts R9-0001', () => {
    f.clock.set('2027-04-10T00:00:00.000Z');
    const march = intakeCase(
      f.db,
      f.worker,
      f.clock,
      newHouseholdIntake(f.worker.staffId, { receivedOn: '2027-03-31' }),
    );
    const april = intakeCase(
      f.db,
      f.worker,
      f.clock,
      newHouseholdIntake(f.worker.staffId, { receivedOn: '2027-04-01' }),
    );
    const aprilAgain = intakeCase(
      f.db,
      f.worker,
      f.clock,
      newHouseholdIntake(f.worker.staffId, { receivedOn: '2027-04-02' }),
    );
    expect([march.caseNumber, april.caseNumber, aprilAgain.caseNumber]).toEqual([
      'R8-0003',
      'R9-0001',
      'R9-0002',
    ]);
  });

  it('refuses a 受付日 in the future, judged by the date in Japan', () => {
    // 2026-03-31T15:30Z is already 2026-04-01 00:30 in Japan.
    f.clock.set('2026-03-31T15:30:00.000Z');
    const today = newHouseholdIntake(f.worker.staffId, { receivedOn: '2026-04-01' });
    expect(intakeCase(f.db, f.worker, f.clock, today).caseNumber).toMatch(/^R8-/);

    const tomorrow = newHouseholdIntake(f.worker.staffId, { receivedOn: '2026-04-02' });
    const refused = refusal(() => intakeCase(f.db, f.worker, f.clock, tomorrow));
    expect(refused).toMatchObject({ code: 'VALIDATION', paths: ['receivedOn'] });
  });

  it('refuses a 受付者 who is not an active staff member', () => {
    const input = newHouseholdIntake(9999);
    expect(refusal(() => intakeCase(f.db, f.worker, f.clock, input))).toMatchObject({
      code: 'VALIDATION',
      paths: ['receivedBy'],
    });
  });

  it('writes nothing when it fails half-way (an unknown 課題 after the household was inserted)', () => {
    const before = countCaseWorkRows(f.db);
    const input = newHouseholdIntake(f.worker.staffId, { tags: ['8050問題', '存在しない課題'] });
    const refused = refusal(() => intakeCase(f.db, f.worker, f.clock, input));
    expect(refused).toMatchObject({ code: 'VALIDATION', paths: ['tags'] });
    expect(countCaseWorkRows(f.db)).toEqual(before);
  });

  it('accepts a retired 課題 (old records keep theirs) and refuses a person that does not exist', () => {
    f.clock.set('2026-05-01T00:00:00.000Z');
    saveCodeList(f.db, f.admin, f.clock, { list: 'issueTag', labels: ['8050問題'] });
    const retired = newHouseholdIntake(f.worker.staffId, {
      receivedOn: '2026-05-01',
      tags: ['ダブルケア'],
    });
    expect(intakeCase(f.db, f.worker, f.clock, retired).caseNumber).toMatch(/^R8-/);

    const missing = caseIntakeInput.parse({
      receivedOn: '2026-05-01',
      receivedBy: f.worker.staffId,
      route: 'counter',
      person: { mode: 'existing', personId: 99999 },
      fields: ['other'],
    });
    expect(refusal(() => intakeCase(f.db, f.worker, f.clock, missing)).code).toBe('NOT_FOUND');
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });
});
