import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCaseById } from '../../../db/repositories/supportCaseRepository';
import { caseUpdateInput } from '../../contract/schemas/caseWork';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import { closeCase } from './closeCase';
import {
  auditTrail,
  lastAuditId,
  newHouseholdIntake,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from './caseWork.testing';
import { intakeCase } from './intakeCase';
import { updateCase } from './updateCase';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
});
afterAll(() => f.cleanup());

function newCase() {
  f.clock.set('2026-04-01T00:00:00.000Z');
  return intakeCase(f.db, f.worker, f.clock, newHouseholdIntake(f.worker.staffId)).caseId;
}

function auditDetail(afterId: number): unknown[] {
  return f.db.query.auditLog
    .findMany({ where: (t, { gt }) => gt(t.id, afterId) })
    .sync()
    .map((row) => JSON.parse(row.detail) as unknown);
}

describe('case.update', () => {
  it('changes only the keys sent, and audits their names', () => {
    const id = newCase();
    const before = lastAuditId(f.db);
    f.clock.set('2026-05-10T03:00:00.000Z');
    const detail = updateCase(f.db, f.worker, f.clock, {
      id,
      stage: 'assessment',
      subStaffId: f.otherWorker.staffId,
      tags: ['ひきこもり'],
    });
    expect(detail).toMatchObject({
      stage: 'assessment',
      mainStaffId: f.worker.staffId,
      subStaffId: f.otherWorker.staffId,
      subStaffName: '相談 二郎',
      tags: ['ひきこもり'],
      fields: ['elderly', 'poverty'],
      chiefComplaint: '母の介護と自身の就労について',
      urgency: 'normal',
    });
    expect(auditTrail(f.db, before)).toEqual([`case.update case:${id}`]);
    expect(auditDetail(before)).toEqual([
      { fields: ['stage', 'subStaffId', 'tags'], reopened: false, revision: 2 },
    ]);
  });

  it('starts 多機関協働 today when no date is given, keeps a given date, and clears it when switched off', () => {
    const id = newCase();
    f.clock.set('2026-06-01T16:00:00.000Z'); // 6月2日 01:00 in Japan
    expect(updateCase(f.db, f.worker, f.clock, { id, coordination: true }).coordinationOn).toBe(
      '2026-06-02',
    );
    f.clock.set('2026-06-20T00:00:00.000Z');
    expect(updateCase(f.db, f.worker, f.clock, { id, urgency: 'high' }).coordinationOn).toBe(
      '2026-06-02',
    );
    expect(
      updateCase(f.db, f.worker, f.clock, { id, coordinationOn: '2026-05-30' }).coordinationOn,
    ).toBe('2026-05-30');
    const off = updateCase(f.db, f.worker, f.clock, { id, coordination: false });
    expect([off.coordination, off.coordinationOn]).toEqual([false, null]);
  });

  it('dates 中断 on the Japan-time day it is set (中断日), and clears it when support resumes', () => {
    const id = newCase();
    const stored = () => findCaseById(f.db, id)?.suspendedOn;
    f.clock.set('2026-06-30T15:30:00.000Z'); // 7月1日 00:30 in Japan
    const before = lastAuditId(f.db);
    updateCase(f.db, f.worker, f.clock, { id, stage: 'suspended' });
    expect(stored()).toBe('2026-07-01');
    expect(auditDetail(before)).toEqual([
      { fields: ['stage', 'suspendedOn'], reopened: false, revision: 2 },
    ]);
    // Another change leaves the date alone.
    f.clock.set('2026-07-20T00:00:00.000Z');
    updateCase(f.db, f.worker, f.clock, { id, urgency: 'high' });
    expect(stored()).toBe('2026-07-01');
    updateCase(f.db, f.worker, f.clock, { id, stage: 'support' });
    expect(stored()).toBeNull();
  });

  it('keeps 中断日 when a suspended case is closed (it still counts as 中断 in its month)', () => {
    const id = newCase();
    f.clock.set('2026-05-01T00:00:00.000Z');
    updateCase(f.db, f.worker, f.clock, { id, stage: 'suspended' });
    closeCase(f.db, f.worker, f.clock, {
      id,
      closedOn: '2026-05-01',
      closeReasonCode: 'other',
      closeReason: '転居',
    });
    expect(findCaseById(f.db, id)).toMatchObject({ stage: 'closed', suspendedOn: '2026-05-01' });
  });

  it('writes nothing and audits nothing when nothing changed', () => {
    const id = newCase();
    const before = lastAuditId(f.db);
    updateCase(f.db, f.worker, f.clock, { id, stage: 'intake', fields: ['elderly', 'poverty'] });
    expect(auditTrail(f.db, before)).toEqual([]);
  });

  it('refuses unknown staff or agency ids, and 終結 through update', () => {
    const id = newCase();
    expect(
      refusal(() => updateCase(f.db, f.worker, f.clock, { id, mainStaffId: 999 })),
    ).toMatchObject({ code: 'VALIDATION', paths: ['mainStaffId'] });
    expect(
      refusal(() => updateCase(f.db, f.worker, f.clock, { id, mainAgencyId: 999 })),
    ).toMatchObject({ code: 'VALIDATION', paths: ['mainAgencyId'] });
    expect(caseUpdateInput.safeParse({ id, stage: 'closed' }).success).toBe(false);
    expect(refusal(() => updateCase(f.db, f.worker, f.clock, { id: 9999 })).code).toBe('NOT_FOUND');
  });

  it('lets only 管理者 and the 主担当 change 閲覧制限', () => {
    const id = newCase();
    expect(
      refusal(() => updateCase(f.db, f.otherWorker, f.clock, { id, restricted: true })).code,
    ).toBe('FORBIDDEN');
    // Sending the unchanged value (a whole form) is not a change of restriction.
    expect(updateCase(f.db, f.otherWorker, f.clock, { id, restricted: false }).restricted).toBe(
      false,
    );
    expect(updateCase(f.db, f.worker, f.clock, { id, restricted: true }).restricted).toBe(true);
    expect(updateCase(f.db, f.admin, f.clock, { id, restricted: false }).restricted).toBe(false);
  });
});

describe('case.close', () => {
  it('closes with date and reason, refusing a date before 受付日 or in the future', () => {
    const id = newCase();
    f.clock.set('2026-07-01T00:00:00.000Z');
    const early = {
      id,
      closedOn: '2026-03-31',
      closeReasonCode: 'other' as const,
      closeReason: '課題解決',
    };
    expect(refusal(() => closeCase(f.db, f.worker, f.clock, early))).toMatchObject({
      code: 'VALIDATION',
      paths: ['closedOn'],
    });
    const future = {
      id,
      closedOn: '2026-07-02',
      closeReasonCode: 'other' as const,
      closeReason: '課題解決',
    };
    expect(refusal(() => closeCase(f.db, f.worker, f.clock, future))).toMatchObject({
      code: 'VALIDATION',
      paths: ['closedOn'],
    });
    const before = lastAuditId(f.db);
    const closed = closeCase(f.db, f.worker, f.clock, {
      id,
      closedOn: '2026-07-01',
      closeReasonCode: 'other',
      closeReason: '課題解決',
    });
    expect(closed).toMatchObject({
      stage: 'closed',
      closedOn: '2026-07-01',
      closeReasonCode: 'other',
      closeReason: '課題解決',
    });
    expect(auditTrail(f.db, before)).toEqual([`case.close case:${id}`]);
  });

  it('reopens a closed case when another stage is set, clearing 終結日 and reason', () => {
    const id = newCase();
    closeCase(f.db, f.worker, f.clock, {
      id,
      closedOn: '2026-04-01',
      closeReasonCode: 'other',
      closeReason: '転居',
    });
    const before = lastAuditId(f.db);
    const reopened = updateCase(f.db, f.worker, f.clock, { id, stage: 'support' });
    expect(reopened).toMatchObject({ stage: 'support', closedOn: null, closeReason: '' });
    expect(auditDetail(before)).toEqual([
      {
        fields: ['stage', 'closedOn', 'closeReasonCode', 'closeReason'],
        reopened: true,
        revision: 3,
      },
    ]);
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });
});
