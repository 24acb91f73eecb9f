import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { caseField, person, supportCase } from '../../../db/schema';
import { buildPersonWithCase } from '../../../db/testing/caseBuilders';
import { getCase } from '../cases/caseDetail';
import {
  auditTrail,
  countCaseWorkRows,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { addOutreachContact } from './addOutreachContact';
import { contactInput, stageInput, targetInput, transferInput } from './outreach.testing';
import { getOutreach } from './outreachReads';
import { createOutreach, updateOutreach } from './outreachRecords';
import { setOutreachStage } from './setOutreachStage';
import { transferOutreach } from './transferOutreach';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
});
afterAll(() => f.cleanup());
beforeEach(() => f.clock.set('2026-04-20T01:00:00.000Z'));

const create = (overrides = {}) => createOutreach(f.db, f.worker, f.clock, targetInput(overrides));

describe('outreach.transfer (支援へ移行)', () => {
  it('makes the household, person and case from the record in one step, linked both ways', () => {
    const target = create({ mainStaffId: f.otherWorker.staffId });
    addOutreachContact(f.db, f.worker, f.clock, contactInput(target.id));
    const before = lastAuditId(f.db);
    const result = transferOutreach(
      f.db,
      f.worker,
      f.clock,
      transferInput(target.id, { birthDate: '1972-05-01', fields: ['poverty', 'other'] }),
    );
    expect(result.caseNumber).toMatch(/^R8-\d{4}$/u);
    expect(result.outreach).toMatchObject({
      stage: 'transferred',
      caseId: result.caseId,
      caseNumber: result.caseNumber,
      contactCount: 1,
      editable: false,
    });
    const caseRow = f.db.select().from(supportCase).where(eq(supportCase.id, result.caseId)).get();
    expect(caseRow).toMatchObject({
      route: 'outreach',
      outreach: true,
      stage: 'intake',
      receivedOn: '2026-04-10',
      chiefComplaint: '生活の立て直し',
      // The target's 主担当 took it on.
      receivedBy: f.otherWorker.staffId,
      mainStaffId: f.otherWorker.staffId,
    });
    const personRow = f.db.select().from(person).where(eq(person.id, caseRow!.personId)).get();
    expect(personRow).toMatchObject({
      name: '川上 一夫',
      nameKana: 'かわかみ かずお',
      birthDate: '1972-05-01',
      sex: 'male',
      relationship: '本人',
    });
    expect(result.outreach.personId).toBe(personRow!.id);
    const fields = f.db.select().from(caseField).where(eq(caseField.caseId, result.caseId)).all();
    expect(fields.map((r) => r.field).sort()).toEqual(['other', 'poverty']);
    // (The first intake also seeds the 課題 list.)
    expect(auditTrail(f.db, before).filter((row) => !row.startsWith('codeList.'))).toEqual([
      `household.create household:${caseRow!.householdId}`,
      `case.intake case:${result.caseId}`,
      `outreach.transfer outreach:${target.id}`,
    ]);
    // The case screen links back to the outreach history.
    const detail = getCase(f.db, f.otherWorker, f.clock, { id: result.caseId });
    expect(detail).toMatchObject({ outreachId: target.id, outreach: true });
  });

  it('opens the case for an existing person, or the person the record already names', () => {
    const known = withTransaction(f.db, (tx) => buildPersonWithCase(tx, { name: '既知 次郎' }));
    const chosen = transferOutreach(
      f.db,
      f.worker,
      f.clock,
      transferInput(create().id, { personId: known.personId }),
    );
    const linked = transferOutreach(
      f.db,
      f.worker,
      f.clock,
      transferInput(create({ personId: known.personId }).id),
    );
    for (const result of [chosen, linked]) {
      expect(result.outreach.personId).toBe(known.personId);
      const row = f.db.select().from(supportCase).where(eq(supportCase.id, result.caseId)).get();
      expect(row).toMatchObject({ personId: known.personId, householdId: known.householdId });
    }
  });

  it.each([
    ['a 受付日 in the future', { receivedOn: '2026-04-21' }, ['receivedOn']],
    ['a 受付日 before 把握', { receivedOn: '2026-03-31' }, ['receivedOn']],
    ['a 生年月日 in the future', { birthDate: '2026-05-01' }, ['birthDate']],
    ['no 相談分野', { fields: [] }, ['fields']],
  ])('refuses %s and writes nothing', (_what, patch, paths) => {
    const target = create();
    const rows = countCaseWorkRows(f.db);
    expect(
      refusal(() => transferOutreach(f.db, f.worker, f.clock, transferInput(target.id, patch))),
    ).toMatchObject({ code: 'VALIDATION', paths });
    expect(countCaseWorkRows(f.db)).toEqual(rows);
    expect(getOutreach(f.db, f.worker, f.clock, { id: target.id }).stage).toBe('identified');
  });

  it('rolls the whole move back when the person may not be seen', () => {
    const hidden = withTransaction(f.db, (tx) =>
      buildPersonWithCase(
        tx,
        { name: '秘匿 三郎' },
        { restricted: true, mainStaffId: f.otherWorker.staffId },
      ),
    );
    const target = create();
    const rows = countCaseWorkRows(f.db);
    expect(
      refusal(() =>
        transferOutreach(
          f.db,
          f.worker,
          f.clock,
          transferInput(target.id, { personId: hidden.personId }),
        ),
      ).code,
    ).toBe('NOT_FOUND');
    expect(countCaseWorkRows(f.db)).toEqual(rows);
  });

  it('freezes the record after 支援へ移行, and refuses to move an ended one', () => {
    const target = create();
    transferOutreach(f.db, f.worker, f.clock, transferInput(target.id));
    const attempts = [
      () => transferOutreach(f.db, f.worker, f.clock, transferInput(target.id)),
      () => addOutreachContact(f.db, f.worker, f.clock, contactInput(target.id)),
      () => setOutreachStage(f.db, f.worker, f.clock, stageInput(target.id, 'consent')),
      () =>
        setOutreachStage(f.db, f.worker, f.clock, stageInput(target.id, 'ended', { reason: 'x' })),
      () => updateOutreach(f.db, f.worker, f.clock, { id: target.id, ...targetInput() }),
    ];
    for (const attempt of attempts) {
      const refused = refusal(attempt);
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toContain('支援へ移行');
    }
    const ended = create();
    setOutreachStage(f.db, f.worker, f.clock, stageInput(ended.id, 'ended', { reason: '死亡' }));
    expect(
      refusal(() => transferOutreach(f.db, f.worker, f.clock, transferInput(ended.id))).code,
    ).toBe('CONFLICT');
  });

  it('hides the record once its case is restricted, from those who may not see the case', () => {
    const target = create();
    const { caseId } = transferOutreach(f.db, f.worker, f.clock, transferInput(target.id));
    f.db.update(supportCase).set({ restricted: true }).where(eq(supportCase.id, caseId)).run();
    expect(refusal(() => getOutreach(f.db, f.otherWorker, f.clock, { id: target.id })).code).toBe(
      'NOT_FOUND',
    );
    expect(getOutreach(f.db, f.worker, f.clock, { id: target.id }).caseId).toBe(caseId);
  });
});
