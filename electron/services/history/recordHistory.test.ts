import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { recordRevision, progressNote } from '../../../db/schema';
import { consentCorrectInput, noteWithdrawInput } from '../../contract/schemas/history';
import { noteCreateInput, noteUpdateInput } from '../../contract/schemas/caseWork';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import {
  auditTrail,
  lastAuditId,
  newHouseholdIntake,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { getCase } from '../cases/caseDetail';
import { closeCase } from '../cases/closeCase';
import { correctConsent } from '../cases/correctConsent';
import { intakeCase } from '../cases/intakeCase';
import { createNote, updateNote, withdrawNote } from '../cases/noteService';
import { recordConsent } from '../cases/recordConsent';
import { updateCase } from '../cases/updateCase';
import { myNextActions } from '../nextActions/myNextActions';
import { caseForPlan, planInput } from '../plans/plans.testing';
import { createPlan, updatePlan } from '../plans/planDraft';
import { caseHistory, consentHistory, noteHistory, planHistory } from './recordHistory';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
});
afterAll(() => f.cleanup());

function newCase(): number {
  f.clock.set('2026-04-01T00:00:00.000Z');
  return intakeCase(f.db, f.worker, f.clock, newHouseholdIntake(f.worker.staffId)).caseId;
}

function auditDetails(afterId: number): unknown[] {
  return f.db.query.auditLog
    .findMany({ where: (t, { gt }) => gt(t.id, afterId) })
    .sync()
    .map((row) => JSON.parse(row.detail) as unknown);
}

function noteOn(caseId: number, facts: string) {
  return createNote(
    f.db,
    f.worker,
    f.clock,
    noteCreateInput.parse({ caseId, occurredAt: '2026-04-02T10:00', means: 'phone', facts }),
  );
}

describe('訂正履歴 of a 経過記録', () => {
  it('keeps every earlier version with who wrote it, when, and who corrected it', () => {
    const caseId = newCase();
    f.clock.set('2026-04-02T01:00:00.000Z');
    const note = noteOn(caseId, '電話で相談');
    expect(note.version).toBe(1);
    const start = lastAuditId(f.db);

    f.clock.set('2026-04-03T02:00:00.000Z');
    const fix = (facts: string, assessment = '') =>
      noteUpdateInput.parse({
        id: note.id,
        occurredAt: '2026-04-02T10:00',
        means: 'phone',
        facts,
        assessment,
      });
    updateNote(f.db, f.otherWorker, f.clock, fix('電話で相談（母の介護）'));
    f.clock.set('2026-04-04T03:00:00.000Z');
    const twice = updateNote(f.db, f.admin, f.clock, fix('電話で相談（母の介護）', '支援が必要'));
    expect(twice.version).toBe(3);
    expect(twice.staffName).toBe('相談 一郎');
    expect(auditDetails(start)).toEqual([
      { caseId, fields: ['facts'], revision: 2 },
      { caseId, fields: ['assessment'], revision: 3 },
    ]);

    const history = noteHistory(f.db, f.worker, f.clock, { id: note.id });
    expect(
      history.versions.map((v) => ({
        version: v.version,
        current: v.current,
        writtenAt: v.writtenAt,
        writtenByName: v.writtenByName,
        replacedAt: v.replacedAt,
        replacedByName: v.replacedByName,
        facts: v.content.facts,
        changed: v.changed,
      })),
    ).toEqual([
      {
        version: 1,
        current: false,
        writtenAt: '2026-04-02T01:00:00.000Z',
        writtenByName: '相談 一郎',
        replacedAt: '2026-04-03T02:00:00.000Z',
        replacedByName: '相談 二郎',
        facts: '電話で相談',
        changed: [],
      },
      {
        version: 2,
        current: false,
        writtenAt: '2026-04-03T02:00:00.000Z',
        writtenByName: '相談 二郎',
        replacedAt: '2026-04-04T03:00:00.000Z',
        replacedByName: f.admin.displayName,
        facts: '電話で相談（母の介護）',
        changed: ['facts'],
      },
      {
        version: 3,
        current: true,
        writtenAt: '2026-04-04T03:00:00.000Z',
        writtenByName: f.admin.displayName,
        replacedAt: null,
        replacedByName: null,
        facts: '電話で相談（母の介護）',
        changed: ['assessment'],
      },
    ]);
    // The writer of the note is named through the content's staffId.
    expect(history.versions[0]?.content.staffId).toBe(f.worker.staffId);
    expect(history.names.staff[String(f.worker.staffId)]).toBe('相談 一郎');
    expect(history.withdrawn).toBeNull();
    expect(auditTrail(f.db, lastAuditId(f.db) - 1)).toEqual([`note.history note:${note.id}`]);
    expect(auditDetails(lastAuditId(f.db) - 1)).toEqual([{ caseId, revision: 3 }]);
  });

  it('writes nothing when a save changes nothing', () => {
    const caseId = newCase();
    const note = noteOn(caseId, '変えない');
    const start = lastAuditId(f.db);
    const same = updateNote(
      f.db,
      f.worker,
      f.clock,
      noteUpdateInput.parse({
        id: note.id,
        occurredAt: '2026-04-02T10:00',
        means: 'phone',
        facts: '変えない',
      }),
    );
    expect(same.version).toBe(1);
    expect(lastAuditId(f.db)).toBe(start);
  });

  it('取消 keeps the note listed as withdrawn with the reason, and refuses further changes', () => {
    const caseId = newCase();
    const note = noteOn(caseId, '別のケースの記録を誤って入力');
    f.clock.set('2026-04-05T00:00:00.000Z');
    const start = lastAuditId(f.db);
    const withdrawn = withdrawNote(
      f.db,
      f.otherWorker,
      f.clock,
      noteWithdrawInput.parse({ id: note.id, reason: '別のケースに書いたため' }),
    );
    expect(withdrawn.withdrawn).toEqual({
      at: '2026-04-05T00:00:00.000Z',
      byName: '相談 二郎',
      reason: '別のケースに書いたため',
    });
    expect(withdrawn.facts).toBe('別のケースの記録を誤って入力');
    expect(auditTrail(f.db, start)).toEqual([`note.withdraw note:${note.id}`]);

    const listed = getCase(f.db, f.worker, f.clock, { id: caseId }).notes;
    expect(listed.map((n) => [n.id, n.withdrawn?.reason])).toEqual([
      [note.id, '別のケースに書いたため'],
    ]);
    expect(noteHistory(f.db, f.admin, f.clock, { id: note.id }).withdrawn).toMatchObject({
      byName: '相談 二郎',
      reason: '別のケースに書いたため',
    });

    expect(
      refusal(() =>
        updateNote(
          f.db,
          f.worker,
          f.clock,
          noteUpdateInput.parse({ id: note.id, occurredAt: '2026-04-02T10:00', means: 'phone' }),
        ),
      ).code,
    ).toBe('CONFLICT');
    expect(
      refusal(() => withdrawNote(f.db, f.worker, f.clock, { id: note.id, reason: 'もう一度' }))
        .code,
    ).toBe('CONFLICT');
    expect(noteWithdrawInput.safeParse({ id: note.id, reason: '' }).success).toBe(false);
  });

  it('取消 takes the note’s open 次の対応 off ホーム, keeping the version that had its date', () => {
    const caseId = newCase();
    f.clock.set('2026-04-02T01:00:00.000Z');
    const note = createNote(
      f.db,
      f.worker,
      f.clock,
      noteCreateInput.parse({
        caseId,
        occurredAt: '2026-04-02T10:00',
        means: 'phone',
        facts: '誤って入力',
        nextAction: '再度電話する',
        nextActionOn: '2026-04-03',
      }),
    );
    expect(note.nextActionDue?.dueOn).toBe('2026-04-03');
    expect(myNextActions(f.db, f.worker, '2026-04-03').today.rows.map((r) => r.noteId)).toContain(
      note.id,
    );
    const withdrawn = withdrawNote(f.db, f.worker, f.clock, { id: note.id, reason: '重複' });
    expect(withdrawn.nextActionDue).toBeNull();
    expect(
      myNextActions(f.db, f.worker, '2026-04-03').today.rows.map((r) => r.noteId),
    ).not.toContain(note.id);
    const history = noteHistory(f.db, f.worker, f.clock, { id: note.id });
    expect(history.versions.map((v) => [v.content.nextActionOn, v.changed])).toEqual([
      ['2026-04-03', []],
      [null, ['nextActionOn', 'nextActionStaffId']],
    ]);
    expect(history.names.staff[String(f.worker.staffId)]).toBe('相談 一郎');
  });

  it('never deletes a note nor changes a kept version, whoever holds the key', () => {
    const caseId = newCase();
    const note = noteOn(caseId, '消せない');
    updateNote(
      f.db,
      f.worker,
      f.clock,
      noteUpdateInput.parse({ id: note.id, occurredAt: '2026-04-02T10:00', means: 'visitOffice' }),
    );
    expect(() => f.db.delete(progressNote).where(eq(progressNote.id, note.id)).run()).toThrow(
      /never deleted/,
    );
    expect(() =>
      f.db
        .update(recordRevision)
        .set({ content: '{}' })
        .where(eq(recordRevision.recordId, note.id))
        .run(),
    ).toThrow(/append-only/);
    expect(() =>
      f.db.delete(recordRevision).where(eq(recordRevision.recordId, note.id)).run(),
    ).toThrow(/append-only/);
  });
});

describe('訂正履歴 of a case header', () => {
  it('keeps the header, 分野 and 課題 before each change, 終結 included', () => {
    const id = newCase();
    f.clock.set('2026-04-10T00:00:00.000Z');
    updateCase(f.db, f.worker, f.clock, { id, stage: 'assessment', tags: ['ひきこもり'] });
    f.clock.set('2026-04-20T00:00:00.000Z');
    const start = lastAuditId(f.db);
    closeCase(f.db, f.worker, f.clock, {
      id,
      closedOn: '2026-04-20',
      closeReasonCode: 'other',
      closeReason: '転居',
    });
    expect(auditDetails(start)).toEqual([{ previousStage: 'assessment', revision: 3 }]);

    const history = caseHistory(f.db, f.viewer, f.clock, { id });
    expect(
      history.versions.map((v) => [v.version, v.content.stage, v.content.tags, v.changed]),
    ).toEqual([
      [1, 'intake', ['8050問題', '生活困窮'], []],
      [2, 'assessment', ['ひきこもり'], ['stage', 'tags']],
      [3, 'closed', ['ひきこもり'], ['stage', 'closedOn', 'closeReasonCode', 'closeReason']],
    ]);
    expect(history.versions[0]?.content.fields).toEqual(['elderly', 'poverty']);
    expect(history.versions[0]?.content.mainStaffId).toBe(f.worker.staffId);
  });
});

describe('訂正 of a 本人同意', () => {
  it('corrects the record in place, keeping the version it replaces', () => {
    const caseId = newCase();
    f.clock.set('2026-04-03T00:00:00.000Z');
    const recorded = recordConsent(f.db, f.worker, f.clock, {
      caseId,
      kind: 'infoSharing',
      state: 'given',
      recordedOn: '2026-04-02',
      method: 'verbal',
      proxyName: '',
      agencyIds: [],
      note: '',
    });
    const start = lastAuditId(f.db);
    f.clock.set('2026-04-04T00:00:00.000Z');
    const corrected = correctConsent(
      f.db,
      f.otherWorker,
      f.clock,
      consentCorrectInput.parse({
        id: recorded.id,
        state: 'given',
        recordedOn: '2026-04-01',
        method: 'signature',
        note: '日付と方法を訂正',
      }),
    );
    expect(corrected).toMatchObject({
      id: recorded.id,
      recordedOn: '2026-04-01',
      method: 'signature',
      obtainedByName: '相談 一郎',
    });
    expect(auditTrail(f.db, start)).toEqual([`consent.correct consent:${recorded.id}`]);
    expect(auditDetails(start)).toEqual([
      { caseId, fields: ['recordedOn', 'method', 'note'], revision: 2 },
    ]);
    const history = consentHistory(f.db, f.worker, f.clock, { id: recorded.id });
    expect(history.versions.map((v) => [v.content.recordedOn, v.content.method])).toEqual([
      ['2026-04-02', 'verbal'],
      ['2026-04-01', 'signature'],
    ]);
    expect(history.versions[1]?.replacedAt).toBeNull();
    expect(history.versions[0]?.replacedByName).toBe('相談 二郎');

    // A refused correction leaves nothing behind.
    const rows = f.db.select().from(recordRevision).all().length;
    expect(
      refusal(() =>
        correctConsent(
          f.db,
          f.worker,
          f.clock,
          consentCorrectInput.parse({
            id: recorded.id,
            state: 'given',
            recordedOn: '2026-04-01',
            method: 'signature',
            agencyIds: [99999],
          }),
        ),
      ).paths,
    ).toEqual(['agencyIds']);
    expect(f.db.select().from(recordRevision).all().length).toBe(rows);
  });
});

describe('訂正履歴 of a 支援プラン 案', () => {
  it('keeps each saved 案 with its goals and rows', () => {
    const intake = caseForPlan(f);
    const plan = createPlan(f.db, f.worker, f.clock, planInput(intake.caseId));
    f.clock.set('2026-04-11T00:00:00.000Z');
    const { caseId: _caseId, ...content } = planInput(intake.caseId, {
      personWishes: '早く働きたい',
    });
    updatePlan(f.db, f.worker, f.clock, { id: plan.id, ...content });
    const history = planHistory(f.db, f.worker, f.clock, { id: plan.id });
    expect(history.versions.map((v) => [v.version, v.content.personWishes, v.changed])).toEqual([
      [1, '母の介護を続けながら、また働きたい', []],
      [2, '早く働きたい', ['personWishes']],
    ]);
    expect(Array.isArray(history.versions[0]?.content.rows)).toBe(true);
  });
});

describe('閲覧制限', () => {
  it('a hidden case’s histories are NOT_FOUND and nothing is audited as seen', () => {
    f.clock.set('2026-04-01T00:00:00.000Z');
    const dv = intakeCase(
      f.db,
      f.worker,
      f.clock,
      newHouseholdIntake(f.worker.staffId, {}, { name: '秘匿 花子' }),
    );
    updateCase(f.db, f.worker, f.clock, { id: dv.caseId, restricted: true });
    const note = noteOn(dv.caseId, 'DV の相談');
    const consent = recordConsent(f.db, f.worker, f.clock, {
      caseId: dv.caseId,
      kind: 'application',
      state: 'given',
      recordedOn: '2026-04-01',
      method: 'verbal',
      proxyName: '',
      agencyIds: [],
      note: '',
    });
    const start = lastAuditId(f.db);
    for (const read of [
      () => noteHistory(f.db, f.otherWorker, f.clock, { id: note.id }),
      () => caseHistory(f.db, f.otherWorker, f.clock, { id: dv.caseId }),
      () => consentHistory(f.db, f.viewer, f.clock, { id: consent.id }),
      () => withdrawNote(f.db, f.otherWorker, f.clock, { id: note.id, reason: '誤り' }),
    ]) {
      expect(refusal(read).code).toBe('NOT_FOUND');
    }
    expect(lastAuditId(f.db)).toBe(start);
    expect(noteHistory(f.db, f.worker, f.clock, { id: note.id }).versions).toHaveLength(1);
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });
});
