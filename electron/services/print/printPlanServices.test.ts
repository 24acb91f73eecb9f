import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import type { PlanView } from '../../contract/schemas/plan';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import {
  auditTrail,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { updateCase } from '../cases/updateCase';
import { confirmPlan } from '../plans/confirmPlan';
import { evaluatePlan } from '../plans/evaluatePlan';
import { createPlan } from '../plans/planDraft';
import { caseForPlan, evaluationInput, planInput } from '../plans/plans.testing';
import { evaluatedPlanOfCase, printEvaluation } from './printEvaluation';
import { printPlan } from './printPlan';

let f: CaseWorkFixture;
let caseId: number;
let caseNumber: string;
let v1: PlanView;
let v2Id: number;

function lastAudit() {
  const row = f.db.select().from(auditLog).orderBy(auditLog.id).all().at(-1);
  return {
    action: row?.action,
    target: `${row?.targetType}:${row?.targetId}`,
    detail: JSON.parse(row?.detail ?? '{}') as unknown,
  };
}

beforeAll(() => {
  f = setUpCaseWork();
  const intake = caseForPlan(f);
  caseId = intake.caseId;
  caseNumber = intake.caseNumber;
  const draft = createPlan(f.db, f.worker, f.clock, planInput(caseId));
  v1 = confirmPlan(f.db, f.worker, f.clock, { id: draft.id, approvedMeetingId: null });
  f.clock.set('2026-07-10T03:00:00.000Z');
  const result = evaluatePlan(f.db, f.worker, f.clock, evaluationInput(v1, 'revise'));
  v2Id = result.nextPlanId!;
  f.clock.set('2026-11-27T01:00:00.000Z');
});
afterAll(() => f.cleanup());

describe('printPlan', () => {
  it('prints the latest version by default and audits print.plan with the plan and version', () => {
    const before = lastAuditId(f.db);
    const printed = printPlan(f.db, f.viewer, f.clock, { caseId });
    // The latest version is a 案 (見直し in progress): it says so.
    expect(printed.title).toBe(`支援プラン（案）（${caseNumber} 第2版）`);
    expect(printed.html).toContain('第2版（見直し）');
    expect(printed.html).toContain('山田 太郎');
    expect(printed.html).toContain('要介護認定の申請に同行する');
    expect(auditTrail(f.db, before)).toEqual([`print.plan case:${caseId}`]);
    expect(lastAudit().detail).toEqual({ format: 'html', planId: v2Id, version: 2 });
  });

  it('prints an older version, still readable, and records a PDF save', () => {
    const printed = printPlan(f.db, f.worker, f.clock, { caseId, version: 1 }, { format: 'pdf' });
    expect(printed.html).toContain('第1版（初回）');
    expect(printed.html).toContain('作成日 令和8年4月10日');
    expect(lastAudit()).toEqual({
      action: 'print.plan',
      target: `case:${caseId}`,
      detail: { format: 'pdf', planId: v1.id, version: 1 },
    });
  });

  it('refuses a missing version, a case without plans and a hidden case (NOT_FOUND), auditing nothing', () => {
    const before = lastAuditId(f.db);
    expect(refusal(() => printPlan(f.db, f.worker, f.clock, { caseId, version: 9 }))).toMatchObject(
      { code: 'NOT_FOUND', message: '支援プランが見つかりません。' },
    );
    const bare = caseForPlan(f, f.worker, { name: '計画 なし' });
    expect(refusal(() => printPlan(f.db, f.worker, f.clock, { caseId: bare.caseId })).code).toBe(
      'NOT_FOUND',
    );
    updateCase(f.db, f.worker, f.clock, {
      id: caseId,
      restricted: true,
      mainStaffId: f.worker.staffId,
    });
    expect(refusal(() => printPlan(f.db, f.otherWorker, f.clock, { caseId }))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'ケースが見つかりません。',
    });
    expect(
      refusal(() => printEvaluation(f.db, f.otherWorker, f.clock, { planId: v1.id })),
    ).toMatchObject({ code: 'NOT_FOUND', message: '支援プランが見つかりません。' });
    const trail = auditTrail(f.db, before).filter((entry) => entry.startsWith('print.'));
    expect(trail).toEqual([]);
    updateCase(f.db, f.worker, f.clock, { id: caseId, restricted: false });
  });
});

describe('printEvaluation', () => {
  it('prints the latest evaluation of a version and audits print.evaluation', () => {
    const before = lastAuditId(f.db);
    const printed = printEvaluation(f.db, f.viewer, f.clock, { planId: v1.id });
    expect(printed.title).toBe(`評価シート（${caseNumber} 第1版）`);
    expect(printed.html).toContain('評価日');
    expect(printed.html).toContain('令和8年7月10日');
    expect(printed.html).toContain('一部達成');
    expect(printed.html).toContain('表情が明るくなった');
    expect(auditTrail(f.db, before)).toEqual([`print.evaluation case:${caseId}`]);
    const detail = lastAudit().detail as Record<string, unknown>;
    expect(detail).toMatchObject({ format: 'html', planId: v1.id, version: 1 });
    expect(typeof detail.evaluationId).toBe('number');
  });

  it('refuses a version never evaluated, and finds the newest evaluated version by case', () => {
    expect(refusal(() => printEvaluation(f.db, f.worker, f.clock, { planId: v2Id }))).toMatchObject(
      { code: 'NOT_FOUND', message: 'この支援プランの評価はまだありません。' },
    );
    expect(evaluatedPlanOfCase(f.db, caseId).id).toBe(v1.id);
    expect(evaluatedPlanOfCase(f.db, caseId, 2).id).toBe(v2Id);
  });

  it('keeps the audit chain whole', () => {
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });
});
