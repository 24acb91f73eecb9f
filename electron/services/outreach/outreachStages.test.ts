import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { buildPersonWithCase } from '../../../db/testing/caseBuilders';
import {
  auditTrail,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { addOutreachContact } from './addOutreachContact';
import { contactInput, stageInput, targetInput } from './outreach.testing';
import { getOutreach, listOutreach } from './outreachReads';
import { createOutreach, updateOutreach } from './outreachRecords';
import { setOutreachStage } from './setOutreachStage';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
});
afterAll(() => f.cleanup());
beforeEach(() => f.clock.set('2026-04-20T01:00:00.000Z'));

const create = (overrides = {}) => createOutreach(f.db, f.worker, f.clock, targetInput(overrides));

describe('アウトリーチ: 把握 and contacts', () => {
  it('records 把握 at stage 把握 and audits ids only', () => {
    const before = lastAuditId(f.db);
    const target = create({ mainStaffId: f.worker.staffId });
    expect(target).toMatchObject({
      stage: 'identified',
      name: '川上 一夫',
      mainStaffName: '相談 一郎',
      contactCount: 0,
      lastContactOn: null,
      daysSinceContact: 19,
      contacts: [],
      editable: true,
    });
    expect(auditTrail(f.db, before)).toEqual([`outreach.create outreach:${target.id}`]);
  });

  it('moves 把握 to 接触 at the first contact that reaches the person, not at 不在', () => {
    const target = create();
    const absent = addOutreachContact(
      f.db,
      f.worker,
      f.clock,
      contactInput(target.id, { result: 'absent', contactedOn: '2026-04-03' }),
    );
    expect(absent).toMatchObject({ stage: 'identified', contactCount: 1 });
    const met = addOutreachContact(f.db, f.worker, f.clock, contactInput(target.id));
    expect(met).toMatchObject({ stage: 'contacted', contactCount: 2, lastContactOn: '2026-04-05' });
    expect(met.daysSinceContact).toBe(15);
    expect(met.contacts.map((c) => [c.contactedOn, c.result, c.staffName])).toEqual([
      ['2026-04-05', 'met', '相談 一郎'],
      ['2026-04-03', 'absent', '相談 一郎'],
    ]);
    // A later stage is never moved back by a contact.
    setOutreachStage(f.db, f.worker, f.clock, stageInput(target.id, 'relationship'));
    const later = addOutreachContact(f.db, f.worker, f.clock, contactInput(target.id));
    expect(later.stage).toBe('relationship');
  });

  it.each([
    ['in the future', { contactedOn: '2026-04-21' }, 'contactedOn'],
    ['before 把握', { contactedOn: '2026-03-31' }, 'contactedOn'],
    [
      'through an unknown agency',
      { result: 'viaAgency' as const, viaAgencyId: 999 },
      'viaAgencyId',
    ],
  ])('refuses a contact %s', (_what, patch, path) => {
    const target = create();
    expect(
      refusal(() => addOutreachContact(f.db, f.worker, f.clock, contactInput(target.id, patch))),
    ).toMatchObject({ code: 'VALIDATION', paths: [path] });
    expect(getOutreach(f.db, f.worker, f.clock, { id: target.id }).contactCount).toBe(0);
  });

  it('refuses a 把握日 after the first contact, or in the future', () => {
    const target = create();
    addOutreachContact(f.db, f.worker, f.clock, contactInput(target.id));
    const update = (raisedOn: string) => () =>
      updateOutreach(f.db, f.worker, f.clock, { id: target.id, ...targetInput({ raisedOn }) });
    expect(refusal(update('2026-04-06'))).toMatchObject({ paths: ['raisedOn'] });
    expect(refusal(update('2026-04-21'))).toMatchObject({ paths: ['raisedOn'] });
    const before = lastAuditId(f.db);
    update('2026-04-02')();
    expect(auditTrail(f.db, before)).toEqual([`outreach.update outreach:${target.id}`]);
  });
});

describe('アウトリーチ: stages', () => {
  it('moves forward and back among 把握・接触・関係づくり・同意, auditing from and to', () => {
    const target = create();
    const before = lastAuditId(f.db);
    for (const stage of ['consent', 'relationship', 'identified'] as const) {
      expect(setOutreachStage(f.db, f.worker, f.clock, stageInput(target.id, stage)).stage).toBe(
        stage,
      );
    }
    // The same stage again changes nothing and audits nothing.
    setOutreachStage(f.db, f.worker, f.clock, stageInput(target.id, 'identified'));
    expect(auditTrail(f.db, before)).toHaveLength(3);
  });

  it('ends with a day and a reason, then refuses changes until reopened', () => {
    const target = create();
    expect(
      refusal(() => setOutreachStage(f.db, f.worker, f.clock, stageInput(target.id, 'ended'))),
    ).toMatchObject({ code: 'VALIDATION', paths: ['reason'] });
    expect(
      refusal(() =>
        setOutreachStage(
          f.db,
          f.worker,
          f.clock,
          stageInput(target.id, 'ended', { reason: '転居', on: '2026-04-21' }),
        ),
      ),
    ).toMatchObject({ code: 'VALIDATION', paths: ['on'] });
    const ended = setOutreachStage(
      f.db,
      f.worker,
      f.clock,
      stageInput(target.id, 'ended', { reason: '市外へ転居', on: '2026-04-15' }),
    );
    expect(ended).toMatchObject({ stage: 'ended', endedOn: '2026-04-15', endReason: '市外へ転居' });
    expect(ended.editable).toBe(true);

    const conflicts = [
      () => addOutreachContact(f.db, f.worker, f.clock, contactInput(target.id)),
      () => updateOutreach(f.db, f.worker, f.clock, { id: target.id, ...targetInput() }),
      () =>
        setOutreachStage(f.db, f.worker, f.clock, stageInput(target.id, 'ended', { reason: 'x' })),
    ];
    for (const attempt of conflicts) {
      const refused = refusal(attempt);
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toMatch(/終了/u);
    }
    expect(
      listOutreach(f.db, f.worker, f.clock, { includeClosed: false }).map((t) => t.id),
    ).not.toContain(target.id);

    const reopened = setOutreachStage(f.db, f.worker, f.clock, stageInput(target.id, 'contacted'));
    expect(reopened).toMatchObject({ stage: 'contacted', endedOn: null, endReason: '' });
    expect(addOutreachContact(f.db, f.worker, f.clock, contactInput(target.id)).contactCount).toBe(
      1,
    );
  });
});

describe('アウトリーチ: list, views and 閲覧制限', () => {
  it('lists open targets by stage and staff, and audits a view', () => {
    const mine = create({ name: '絞込 太郎', mainStaffId: f.otherWorker.staffId });
    const list = (input: Parameters<typeof listOutreach>[3]) =>
      listOutreach(f.db, f.worker, f.clock, input).map((t) => t.id);
    expect(list({ includeClosed: false, mainStaffId: f.otherWorker.staffId })).toEqual([mine.id]);
    expect(list({ includeClosed: false, stage: 'identified' })).toContain(mine.id);
    expect(list({ includeClosed: false, stage: 'contacted' })).not.toContain(mine.id);
    const before = lastAuditId(f.db);
    getOutreach(f.db, f.viewer, f.clock, { id: mine.id });
    expect(auditTrail(f.db, before)).toEqual([`outreach.view outreach:${mine.id}`]);
  });

  it('hides a target linked to a person whose household a restricted case hides', () => {
    const hidden = withTransaction(f.db, (tx) =>
      buildPersonWithCase(
        tx,
        { name: '秘匿 花子' },
        { restricted: true, mainStaffId: f.otherWorker.staffId },
      ),
    );
    const target = createOutreach(
      f.db,
      f.otherWorker,
      f.clock,
      targetInput({ name: '秘匿 花子', personId: hidden.personId }),
    );
    const ids = (actor = f.worker) =>
      listOutreach(f.db, actor, f.clock, { includeClosed: true }).map((t) => t.id);
    expect(ids()).not.toContain(target.id);
    expect(ids(f.otherWorker)).toContain(target.id);
    expect(ids(f.admin)).toContain(target.id);
    expect(refusal(() => getOutreach(f.db, f.worker, f.clock, { id: target.id }))).toEqual({
      code: 'NOT_FOUND',
      paths: [],
      message: 'アウトリーチの記録が見つかりません。',
    });
    // Nor can anyone link a new record to that person without seeing them.
    expect(
      refusal(() =>
        createOutreach(f.db, f.worker, f.clock, targetInput({ personId: hidden.personId })),
      ).code,
    ).toBe('NOT_FOUND');
  });
});
