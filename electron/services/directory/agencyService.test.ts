import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { findAgencyById } from '../../../db/repositories/agencyRepository';
import { insertStaff } from '../../../db/repositories/staffRepository';
import { staff } from '../../../db/schema';
import { agencyCreateInput, agencyUpdateInput } from '../../contract/schemas/directory';
import {
  auditTrail,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { createAgency, listAgencies, updateAgency } from './agencyService';
import { staffOptions } from './staffOptions';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
});
afterAll(() => f.cleanup());

function create(name: string, kind: string, extra: Record<string, unknown> = {}) {
  return createAgency(
    f.db,
    f.worker,
    f.clock,
    agencyCreateInput.parse({ agency: { name, kind, ...extra } }),
  );
}

describe('関係機関 directory', () => {
  it('lists agencies by kind (in the order users know), then by name; retired ones on request', () => {
    const before = lastAuditId(f.db);
    const school = create('みどり中学校', 'school');
    const houkatsu = create('東地域包括支援センター', 'houkatsu', { shienMeetingMember: true });
    const school2 = create('あおば小学校', 'school');
    const old = create('旧 相談所', 'other', { active: false });
    expect(findAgencyById(f.db, houkatsu.id)?.nameKey).toBe('東地域包括支援センター');
    expect(houkatsu.shienMeetingMember).toBe(true);

    const active = listAgencies(f.db, { includeInactive: false }).map((a) => a.id);
    expect(active).toEqual([houkatsu.id, school2.id, school.id]);
    expect(listAgencies(f.db, { includeInactive: true }).map((a) => a.id)).toEqual([
      houkatsu.id,
      school2.id,
      school.id,
      old.id,
    ]);
    expect(auditTrail(f.db, before)).toHaveLength(4);
  });

  it('updates an agency and audits the changed field names; NOT_FOUND for an unknown id', () => {
    const agency = create('ハローワークみどり', 'helloWork');
    const before = lastAuditId(f.db);
    const updated = updateAgency(
      f.db,
      f.worker,
      f.clock,
      agencyUpdateInput.parse({
        id: agency.id,
        agency: { name: 'ハローワークみどり', kind: 'helloWork', phone: '0120-000-000' },
      }),
    );
    expect(updated.phone).toBe('0120-000-000');
    expect(auditTrail(f.db, before)).toEqual([`agency.update agency:${agency.id}`]);
    const missing = agencyUpdateInput.parse({ id: 9999, agency: { name: 'x', kind: 'npo' } });
    expect(refusal(() => updateAgency(f.db, f.worker, f.clock, missing)).code).toBe('NOT_FOUND');
  });
});

describe('staff.options', () => {
  it('lists every staff member, active ones first, by display name', () => {
    withTransaction(f.db, (tx) => {
      const row = insertStaff(tx, {
        login: 'taishoku',
        displayName: 'あ 退職者',
        role: 'worker',
        at: '2026-04-01T00:00:00Z',
        by: null,
      });
      tx.update(staff).set({ active: false }).where(eq(staff.id, row.id)).run();
    });
    const options = staffOptions(f.db);
    expect(options.map((o) => [o.displayName, o.active])).toEqual([
      ['相談 一郎', true],
      ['相談 二郎', true],
      ['管理 太郎', true],
      ['閲覧 花子', true],
      ['あ 退職者', false],
    ]);
    expect(options[0]).toEqual({
      id: f.worker.staffId,
      displayName: '相談 一郎',
      role: 'worker',
      active: true,
    });
  });
});
