import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRecordConsentInput, type PlanView } from '../../contract/schemas/plan';
import type { Actor } from '../audit/actor';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import { refusal, setUpCaseWork, type CaseWorkFixture } from '../cases/caseWork.testing';
import { updateCase } from '../cases/updateCase';
import { confirmPlan } from './confirmPlan';
import { evaluatePlan } from './evaluatePlan';
import { revisePlan } from './nextVersion';
import { createPlan, updatePlan } from './planDraft';
import { getPlan, listPlansForCase } from './planReads';
import { caseForPlan, countPlanRows, evaluationInput, planInput } from './plans.testing';
import { recordPlanConsent } from './recordPlanConsent';

let f: CaseWorkFixture;
let caseId: number;
let confirmed: PlanView;
let draft: PlanView;

beforeAll(() => {
  f = setUpCaseWork();
  // A DV case of 相談 一郎 with a 確定 version 1 and a 案 version 2, then put under 閲覧制限.
  caseId = caseForPlan(f, f.worker, { name: '秘匿 さくら' }).caseId;
  const v1 = createPlan(f.db, f.worker, f.clock, planInput(caseId));
  confirmed = confirmPlan(f.db, f.worker, f.clock, { id: v1.id, approvedMeetingId: null });
  draft = revisePlan(f.db, f.worker, f.clock, { id: v1.id });
  updateCase(f.db, f.worker, f.clock, { id: caseId, restricted: true });
});
afterAll(() => f.cleanup());

/** Every plan call another 相談員 might try on the restricted case. */
function attempts(actor: Actor): Array<[string, () => unknown]> {
  const { caseId: _c, ...content } = planInput(caseId);
  return [
    ['plan.create', () => createPlan(f.db, actor, f.clock, planInput(caseId))],
    ['plan.update', () => updatePlan(f.db, actor, f.clock, { id: draft.id, ...content })],
    [
      'plan.confirm',
      () => confirmPlan(f.db, actor, f.clock, { id: draft.id, approvedMeetingId: null }),
    ],
    [
      'plan.recordConsent',
      () =>
        recordPlanConsent(
          f.db,
          actor,
          f.clock,
          planRecordConsentInput.parse({
            id: draft.id,
            consentOn: '2026-04-10',
            consentMethod: 'verbal',
          }),
        ),
    ],
    [
      'plan.evaluate',
      () =>
        evaluatePlan(
          f.db,
          actor,
          f.clock,
          evaluationInput(confirmed, 'close', { evaluatedOn: '2026-04-10' }),
        ),
    ],
    ['plan.revise', () => revisePlan(f.db, actor, f.clock, { id: draft.id })],
    ['plan.get', () => getPlan(f.db, actor, f.clock, { id: confirmed.id })],
    ['plan.listForCase', () => listPlansForCase(f.db, actor, { caseId })],
  ];
}

describe('閲覧制限 on plans', () => {
  it('answers NOT_FOUND to an unassigned 相談員 and a 閲覧 account, writing nothing', () => {
    const before = countPlanRows(f.db);
    for (const actor of [f.otherWorker, f.viewer]) {
      for (const [name, attempt] of attempts(actor)) {
        expect(refusal(attempt), name).toMatchObject({
          code: 'NOT_FOUND',
          message:
            name === 'plan.create' || name === 'plan.listForCase'
              ? 'ケースが見つかりません。'
              : '支援プランが見つかりません。',
        });
      }
    }
    // The same answer as for a plan that does not exist.
    expect(refusal(() => getPlan(f.db, f.otherWorker, f.clock, { id: 999_999 })).message).toBe(
      '支援プランが見つかりません。',
    );
    expect(countPlanRows(f.db)).toEqual(before);
  });

  it('shows the plans to the 主担当 and 管理者, and to a 副担当 once assigned', () => {
    for (const actor of [f.worker, f.admin]) {
      expect(listPlansForCase(f.db, actor, { caseId }).map((p) => p.version)).toEqual([2, 1]);
      expect(getPlan(f.db, actor, f.clock, { id: draft.id }).supersedesId).toBe(confirmed.id);
    }
    updateCase(f.db, f.worker, f.clock, { id: caseId, subStaffId: f.otherWorker.staffId });
    expect(getPlan(f.db, f.otherWorker, f.clock, { id: confirmed.id }).personName).toBe(
      '秘匿 さくら',
    );
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });
});
