import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCaseById } from '../../../db/repositories/supportCaseRepository';
import type { PlanView } from '../../contract/schemas/plan';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import { getCase } from '../cases/caseDetail';
import {
  auditTrail,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { confirmPlan } from './confirmPlan';
import { evaluatePlan } from './evaluatePlan';
import { revisePlan } from './nextVersion';
import { closedByEvaluationReason } from './planCaseEffects';
import { createPlan, updatePlan } from './planDraft';
import { getPlan, listPlansForCase } from './planReads';
import { caseForPlan, countPlanRows, evaluationInput, planInput } from './plans.testing';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
});
afterAll(() => f.cleanup());

/** A case with a 確定 version 1 (two goals, three rows), the clock then at 2026-07-10 (Japan). */
function confirmedPlan(): { caseId: number; plan: PlanView } {
  const { caseId } = caseForPlan(f);
  const draft = createPlan(f.db, f.worker, f.clock, planInput(caseId));
  const plan = confirmPlan(f.db, f.worker, f.clock, { id: draft.id, approvedMeetingId: null });
  f.clock.set('2026-07-10T03:00:00.000Z');
  return { caseId, plan };
}

describe('plan.evaluate', () => {
  it('見直し starts version 2 as 案, prefilled; version 1 stays 確定 until version 2 is confirmed', () => {
    const { caseId, plan: v1 } = confirmedPlan();
    const before = lastAuditId(f.db);
    const result = evaluatePlan(f.db, f.worker, f.clock, evaluationInput(v1, 'revise'));
    expect(result.plan).toMatchObject({ id: v1.id, status: 'confirmed', lastDecision: 'revise' });
    expect(result.plan.evaluations[0]?.goals.map((g) => [g.text, g.result])).toEqual([
      ['安定した収入を得て暮らす', 'partial'],
      ['母が介護サービスを使い始める', 'achieved'],
    ]);
    const nextId = result.nextPlanId ?? 0;
    expect(result.plan.supersededById).toBe(nextId);

    const v2 = getPlan(f.db, f.worker, f.clock, { id: nextId });
    expect(v2).toMatchObject({
      version: 2,
      status: 'draft',
      supersedesId: v1.id,
      createdOn: '2026-07-10',
      periodFrom: '2026-07-10',
      periodTo: '2026-12-30', // the old period's length (173 days) from the new 作成日
      nextEvaluationOn: '2026-10-10',
      personWishes: v1.personWishes,
      householdGoal: v1.householdGoal,
      referralParticipation: true,
      confirmedAt: null,
      consentOn: null,
      evaluations: [],
    });
    expect(v2.issues).toEqual(v1.issues);
    expect(v2.goals.map(({ kind, text }) => [kind, text])).toEqual(
      v1.goals.map(({ kind, text }) => [kind, text]),
    );
    expect(v2.rows).toEqual(v1.rows);
    expect(auditTrail(f.db, before)).toEqual([
      `plan.evaluate plan:${v1.id}`,
      `plan.revise plan:${nextId}`,
      `plan.view plan:${nextId}`,
    ]);

    // v1 is being revised: not evaluated again, and still readable as it was agreed.
    expect(
      refusal(() => evaluatePlan(f.db, f.worker, f.clock, evaluationInput(v1, 'continue'))).code,
    ).toBe('CONFLICT');
    const { caseId: _c, ...content } = planInput(caseId, { createdOn: '2026-07-10' });
    updatePlan(f.db, f.worker, f.clock, { id: nextId, ...content, householdGoal: '見直し後' });
    confirmPlan(f.db, f.worker, f.clock, { id: nextId, approvedMeetingId: null });
    expect(listPlansForCase(f.db, f.viewer, { caseId }).map((p) => [p.version, p.status])).toEqual([
      [2, 'confirmed'],
      [1, 'ended'],
    ]);
    const old = getPlan(f.db, f.viewer, f.clock, { id: v1.id });
    expect([old.status, old.householdGoal, old.rows]).toEqual(['ended', v1.householdGoal, v1.rows]);
  });

  it('継続 keeps the plan and moves 次回評価予定日 on by the setting, or to the date given', () => {
    const { plan } = confirmedPlan();
    const first = evaluatePlan(f.db, f.worker, f.clock, evaluationInput(plan, 'continue'));
    expect(first).toMatchObject({
      nextPlanId: null,
      plan: { status: 'confirmed', nextEvaluationOn: '2026-10-10' },
    });
    f.clock.set('2026-10-12T03:00:00.000Z');
    const second = evaluatePlan(
      f.db,
      f.worker,
      f.clock,
      evaluationInput(plan, 'continue', {
        evaluatedOn: '2026-10-12',
        nextEvaluationOn: '2026-11-30',
      }),
    );
    expect(second.plan.nextEvaluationOn).toBe('2026-11-30');
    expect(second.plan.evaluations.map((e) => e.evaluatedOn)).toEqual(['2026-10-12', '2026-07-10']);
    expect(second.plan.evaluations[0]?.evaluatedByName).toBe('相談 一郎');
  });

  it('終結 ends the plan and closes the case on 評価日', () => {
    const { caseId, plan } = confirmedPlan();
    const before = lastAuditId(f.db);
    const result = evaluatePlan(f.db, f.worker, f.clock, evaluationInput(plan, 'close'));
    expect(result.plan.status).toBe('ended');
    expect(getCase(f.db, f.worker, f.clock, { id: caseId })).toMatchObject({
      stage: 'closed',
      closedOn: '2026-07-10',
      closeReason: closedByEvaluationReason,
    });
    expect(auditTrail(f.db, before).slice(0, 2)).toEqual([
      `plan.evaluate plan:${plan.id}`,
      `case.close case:${caseId}`,
    ]);
    // A closed case's plans are history until the case is reopened.
    expect(refusal(() => revisePlan(f.db, f.worker, f.clock, { id: plan.id })).code).toBe(
      'CONFLICT',
    );
  });

  it('中断 ends the plan and suspends the case', () => {
    const { caseId, plan } = confirmedPlan();
    expect(
      evaluatePlan(
        f.db,
        f.worker,
        f.clock,
        evaluationInput(plan, 'suspend', { evaluatedOn: '2026-07-08' }),
      ).plan.status,
    ).toBe('ended');
    expect(getCase(f.db, f.worker, f.clock, { id: caseId }).stage).toBe('suspended');
    // 中断日 is the 評価日, for the monthly report's 中断.
    expect(findCaseById(f.db, caseId)?.suspendedOn).toBe('2026-07-08');
    // A new plan for the suspended case starts from the ended one.
    const next = revisePlan(f.db, f.worker, f.clock, { id: plan.id });
    expect([next.version, next.status, next.createdOn]).toEqual([2, 'draft', '2026-07-10']);
  });

  it('refuses an evaluation missing a goal, or of another plan’s goal, writing nothing', () => {
    const { plan } = confirmedPlan();
    const rows = countPlanRows(f.db);
    const [first] = evaluationInput(plan, 'continue').goals;
    const missing = evaluationInput(plan, 'continue', { goals: first ? [first] : [] });
    expect(refusal(() => evaluatePlan(f.db, f.worker, f.clock, missing))).toMatchObject({
      code: 'VALIDATION',
      paths: ['goals'],
    });
    const foreign = evaluationInput(plan, 'continue', {
      goals: [...(first ? [first, first] : []), { goalId: 999_999, result: 'achieved' }],
    });
    expect(refusal(() => evaluatePlan(f.db, f.worker, f.clock, foreign)).paths).toEqual([
      'goals.1.goalId',
      'goals.2.goalId',
      'goals',
    ]);
    const future = evaluationInput(plan, 'continue', { evaluatedOn: '2026-07-11' });
    expect(refusal(() => evaluatePlan(f.db, f.worker, f.clock, future)).paths).toEqual([
      'evaluatedOn',
    ]);
    expect(countPlanRows(f.db)).toEqual(rows);
  });

  it('evaluates only 確定 plans', () => {
    const { caseId } = caseForPlan(f);
    const draft = createPlan(f.db, f.worker, f.clock, planInput(caseId));
    const input = evaluationInput(draft, 'continue', { evaluatedOn: '2026-04-10' });
    expect(refusal(() => evaluatePlan(f.db, f.worker, f.clock, input)).code).toBe('CONFLICT');
  });

  it('leaves nothing written when the last write of an evaluation fails', () => {
    const { caseId, plan } = confirmedPlan();
    const rows = countPlanRows(f.db);
    // A real failure inside the transaction, after the evaluation rows were written: SQLite
    // refuses the case update (as it would on a full disk).
    f.db.run(`CREATE TEMP TRIGGER refuse_case_update BEFORE UPDATE ON support_case
      BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    try {
      expect(() => evaluatePlan(f.db, f.worker, f.clock, evaluationInput(plan, 'close'))).toThrow(
        'disk I/O error',
      );
    } finally {
      f.db.run(`DROP TRIGGER refuse_case_update`);
    }
    expect(countPlanRows(f.db)).toEqual(rows);
    expect(getPlan(f.db, f.worker, f.clock, { id: plan.id })).toMatchObject({
      status: 'confirmed',
      evaluations: [],
    });
    expect(getCase(f.db, f.worker, f.clock, { id: caseId }).stage).toBe('support');
  });

  it('kept the audit chain valid through every plan change', () => {
    expect(auditTrail(f.db).filter((a) => a.startsWith('plan.evaluate'))).toHaveLength(5);
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });
});
