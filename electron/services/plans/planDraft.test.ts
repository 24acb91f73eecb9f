import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRecordConsentInput } from '../../contract/schemas/plan';
import { getCase } from '../cases/caseDetail';
import {
  auditTrail,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { createAgency } from '../directory/agencyService';
import { agencyCreateInput } from '../../contract/schemas/directory';
import { addMeetingCase } from '../meetings/meetingAgenda';
import { createMeeting } from '../meetings/meetingHeader';
import { meetingInput } from '../meetings/meetings.testing';
import { updateSettings } from '../settings/settingsService';
import { confirmPlan } from './confirmPlan';
import { createPlan, updatePlan } from './planDraft';
import { getPlan } from './planReads';
import { caseForPlan, countPlanRows, planInput } from './plans.testing';
import { recordPlanConsent } from './recordPlanConsent';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
});
afterAll(() => f.cleanup());

function auditDetails(afterId: number): unknown[] {
  return f.db.query.auditLog
    .findMany({ where: (t, { gt }) => gt(t.id, afterId) })
    .sync()
    .map((row) => JSON.parse(row.detail) as unknown);
}

describe('a 支援プラン from 案 to 確定', () => {
  it('writes version 1 as 案 with its goals and rows, edits it, and confirms it', () => {
    const { caseId, caseNumber } = caseForPlan(f);
    const before = lastAuditId(f.db);
    const v1 = createPlan(f.db, f.worker, f.clock, planInput(caseId));
    expect(v1).toMatchObject({
      caseId,
      caseNumber,
      personName: '山田 太郎',
      version: 1,
      supersedesId: null,
      status: 'draft',
      createdOn: '2026-04-10',
      nextEvaluationOn: '2026-07-10', // 作成日 + 3か月 (the default setting)
      referralParticipation: true,
      referralOutreach: false,
      confirmedAt: null,
      evaluations: [],
    });
    expect(v1.goals.map((g) => [g.kind, g.text])).toEqual([
      ['long', '安定した収入を得て暮らす'],
      ['short', '母が介護サービスを使い始める'],
    ]);
    expect(v1.rows.map((r) => r.content)).toEqual([
      '要介護認定の申請に同行する',
      '就労準備支援につなぐ',
      '家計の見直しを一緒に行う',
    ]);
    expect(v1.issues).toHaveLength(2);

    const agency = createAgency(
      f.db,
      f.admin,
      f.clock,
      agencyCreateInput.parse({
        agency: { name: 'みどり町自立相談支援機関', kind: 'selfReliance' },
      }),
    );
    const edited = planInput(caseId, {
      householdGoal: '母と二人で、地域とつながって暮らせる',
      nextEvaluationOn: '2026-06-30',
      goals: [{ kind: 'long', text: '安定した収入を得て暮らす' }],
      rows: [
        { content: '就労準備支援につなぐ', assigneeAgencyId: agency.id },
        { content: '月1回訪問して様子を聞く', assigneeStaffId: f.worker.staffId },
      ],
    });
    const { caseId: _caseId, ...content } = edited;
    const v1b = updatePlan(f.db, f.worker, f.clock, { id: v1.id, ...content });
    expect(v1b).toMatchObject({ status: 'draft', nextEvaluationOn: '2026-06-30' });
    expect(v1b.goals.map((g) => g.text)).toEqual(['安定した収入を得て暮らす']);
    expect(v1b.rows.map((r) => [r.assigneeAgencyName, r.assigneeStaffName])).toEqual([
      ['みどり町自立相談支援機関', null],
      [null, '相談 一郎'],
    ]);
    // Saving the same form again changes nothing and audits nothing.
    const same = lastAuditId(f.db);
    updatePlan(f.db, f.worker, f.clock, { id: v1.id, ...content });
    expect(lastAuditId(f.db)).toBe(same);

    f.clock.set('2026-04-12T02:00:00.000Z');
    // The ケース会議 that approved it has the case on its agenda.
    const meeting = createMeeting(
      f.db,
      f.worker,
      f.clock,
      meetingInput('case', { heldOn: '2026-04-12' }),
    );
    addMeetingCase(f.db, f.worker, f.clock, { meetingId: meeting.id, caseId });
    const confirmed = confirmPlan(f.db, f.otherWorker, f.clock, {
      id: v1.id,
      approvedMeetingId: meeting.id,
    });
    expect(confirmed).toMatchObject({
      status: 'confirmed',
      confirmedById: f.otherWorker.staffId,
      confirmedByName: '相談 二郎',
      confirmedAt: '2026-04-12T02:00:00.000Z',
      approvedMeetingId: meeting.id,
    });
    expect(getCase(f.db, f.worker, f.clock, { id: caseId }).stage).toBe('support');
    expect(auditTrail(f.db, before)).toEqual([
      `plan.create plan:${v1.id}`,
      `agency.create agency:${agency.id}`,
      `plan.update plan:${v1.id}`,
      `meeting.create meeting:${meeting.id}`,
      `meeting.addCase meeting:${meeting.id}`,
      `plan.confirm plan:${v1.id}`,
      `case.update case:${caseId}`,
      `case.view case:${caseId}`,
    ]);
    expect(auditDetails(before)[2]).toEqual({
      caseId,
      fields: ['nextEvaluationOn', 'householdGoal', 'goals', 'rows'],
      revision: 2,
    });
  });

  it('never overwrites a 確定 plan, and refuses a second version 1', () => {
    const { caseId } = caseForPlan(f);
    const v1 = createPlan(f.db, f.worker, f.clock, planInput(caseId));
    confirmPlan(f.db, f.worker, f.clock, { id: v1.id, approvedMeetingId: null });
    const rows = countPlanRows(f.db);
    const { caseId: _c, ...content } = planInput(caseId, { personWishes: '書き換え' });
    expect(refusal(() => updatePlan(f.db, f.worker, f.clock, { id: v1.id, ...content }))).toEqual({
      code: 'CONFLICT',
      paths: [],
      message:
        '確定した支援プランは変更できません。変更するには、評価で「見直し」を選ぶか、見直しで新しい版を作成してください。',
    });
    expect(refusal(() => createPlan(f.db, f.worker, f.clock, planInput(caseId))).code).toBe(
      'CONFLICT',
    );
    expect(
      refusal(() => confirmPlan(f.db, f.worker, f.clock, { id: v1.id, approvedMeetingId: null }))
        .code,
    ).toBe('CONFLICT');
    expect(getPlan(f.db, f.worker, f.clock, { id: v1.id }).personWishes).toBe(
      '母の介護を続けながら、また働きたい',
    );
    expect(countPlanRows(f.db)).toEqual({ ...rows, auditLog: rows.auditLog! + 1 }); // the view
  });

  it('confirms only with a goal and a 支援内容 row, and keeps a later stage as it is', () => {
    const { caseId } = caseForPlan(f);
    const empty = createPlan(f.db, f.worker, f.clock, planInput(caseId, { goals: [], rows: [] }));
    expect(
      refusal(() =>
        confirmPlan(f.db, f.worker, f.clock, { id: empty.id, approvedMeetingId: null }),
      ),
    ).toMatchObject({ code: 'VALIDATION', paths: ['goals', 'rows'] });
    const { caseId: _c, ...content } = planInput(caseId);
    updatePlan(f.db, f.worker, f.clock, { id: empty.id, ...content });
    f.db.run(`UPDATE support_case SET stage = 'monitoring' WHERE id = ${caseId}`);
    confirmPlan(f.db, f.worker, f.clock, { id: empty.id, approvedMeetingId: null });
    expect(getCase(f.db, f.worker, f.clock, { id: caseId }).stage).toBe('monitoring');
  });

  it('refuses wrong dates and unknown 担当 at their fields, writing nothing', () => {
    const { caseId } = caseForPlan(f);
    const rows = countPlanRows(f.db);
    const bad = planInput(caseId, {
      createdOn: '2026-04-11', // tomorrow in Japan
      periodFrom: '2026-05-01',
      periodTo: '2026-04-30',
      nextEvaluationOn: '2026-04-11',
      rows: [
        { content: 'x', assigneeAgencyId: 9999 },
        { content: 'y', assigneeStaffId: 9999 },
      ],
    });
    expect(refusal(() => createPlan(f.db, f.worker, f.clock, bad)).paths).toEqual([
      'createdOn',
      'periodTo',
      'nextEvaluationOn',
      'rows.0.assigneeAgencyId',
      'rows.1.assigneeStaffId',
    ]);
    const early = planInput(caseId, { createdOn: '2026-03-31' });
    expect(refusal(() => createPlan(f.db, f.worker, f.clock, early)).paths).toEqual(['createdOn']);
    expect(countPlanRows(f.db)).toEqual(rows);
  });

  it('takes 次回評価予定日 from the setting', () => {
    updateSettings(f.db, f.admin, f.clock, { planEvaluationMonths: 6 });
    const { caseId } = caseForPlan(f);
    const plan = createPlan(f.db, f.worker, f.clock, planInput(caseId));
    expect(plan.nextEvaluationOn).toBe('2026-10-10');
    updateSettings(f.db, f.admin, f.clock, { planEvaluationMonths: 3 });
  });
});

describe('本人同意 on a plan', () => {
  it('is changed freely on a 案, recorded once on a 確定 plan, with the writer for 代筆', () => {
    const { caseId } = caseForPlan(f);
    const plan = createPlan(f.db, f.worker, f.clock, planInput(caseId));
    const consent = (input: object) =>
      recordPlanConsent(
        f.db,
        f.worker,
        f.clock,
        planRecordConsentInput.parse({ id: plan.id, ...input }),
      );
    expect(
      refusal(() => consent({ consentOn: '2026-04-10', consentMethod: 'proxy' })).paths,
    ).toEqual(['consentProxyName']);
    expect(consent({ consentOn: '2026-04-10', consentMethod: 'verbal' })).toMatchObject({
      consentOn: '2026-04-10',
      consentMethod: 'verbal',
    });
    confirmPlan(f.db, f.worker, f.clock, { id: plan.id, approvedMeetingId: null });
    expect(
      refusal(() => consent({ consentOn: '2026-04-10', consentMethod: 'selfSigned' })).code,
    ).toBe('CONFLICT');
  });

  it('may be recorded after confirmation when none was', () => {
    const { caseId } = caseForPlan(f);
    const plan = createPlan(f.db, f.worker, f.clock, planInput(caseId));
    confirmPlan(f.db, f.worker, f.clock, { id: plan.id, approvedMeetingId: null });
    const signed = recordPlanConsent(
      f.db,
      f.worker,
      f.clock,
      planRecordConsentInput.parse({
        id: plan.id,
        consentOn: '2026-04-10',
        consentMethod: 'proxy',
        consentProxyName: '山田 花子',
      }),
    );
    expect([signed.status, signed.consentMethod, signed.consentProxyName]).toEqual([
      'confirmed',
      'proxy',
      '山田 花子',
    ]);
  });
});
