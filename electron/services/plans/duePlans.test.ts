import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { buildStaff } from '../../../db/testing/caseBuilders';
import { createTestDb } from '../../../db/testing/createTestDb';
import { fullScans, loggingDb, queryPlan } from '../../../db/testing/queryPlans';
import { planDueInput, type PlanView } from '../../contract/schemas/plan';
import type { CallInput } from '../../contract/types';
import { setUpCaseWork, type CaseWorkFixture } from '../cases/caseWork.testing';
import { closeCase } from '../cases/closeCase';
import { updateCase } from '../cases/updateCase';
import { confirmPlan } from './confirmPlan';
import { duePlansForEvaluation } from './duePlans';
import { evaluatePlan } from './evaluatePlan';
import { revisePlan } from './nextVersion';
import { createPlan } from './planDraft';
import { caseForPlan, evaluationInput, planInput } from './plans.testing';

let f: CaseWorkFixture;
const plans: Record<string, { caseId: number; plan: PlanView; caseNumber: string }> = {};

/** A case of `name` with a 確定 plan whose 次回評価予定日 is `nextEvaluationOn`. */
function planDue(name: string, nextEvaluationOn: string, worker = f.worker) {
  const { caseId, caseNumber } = caseForPlan(f, worker, { name });
  const draft = createPlan(f.db, worker, f.clock, planInput(caseId, { nextEvaluationOn }));
  const plan = confirmPlan(f.db, worker, f.clock, { id: draft.id, approvedMeetingId: null });
  plans[name] = { caseId, plan, caseNumber };
}

beforeAll(() => {
  f = setUpCaseWork();
  planDue('七月 一', '2026-07-10');
  planDue('六月 末', '2026-06-30');
  planDue('八月 一', '2026-08-01');
  planDue('秘匿 二', '2026-07-01', f.otherWorker);
  updateCase(f.db, f.otherWorker, f.clock, { id: plans['秘匿 二']!.caseId, restricted: true });
  planDue('終結 済', '2026-05-01');
  closeCase(f.db, f.worker, f.clock, {
    id: plans['終結 済']!.caseId,
    closedOn: '2026-04-10',
    closeReasonCode: 'other',
    closeReason: '転居',
  });
  // An unconfirmed 案 is never due.
  createPlan(f.db, f.worker, f.clock, planInput(caseForPlan(f).caseId));
});
afterAll(() => f.cleanup());

const due = (actor = f.worker, input: CallInput<'plan.dueForEvaluation'> = {}) =>
  duePlansForEvaluation(f.db, actor, f.clock, planDueInput.parse(input));
const names = (actor = f.worker) => due(actor).rows.map((row) => row.personName);

describe('plan.dueForEvaluation', () => {
  it('lists 確定 plans due on or before today in Japan, oldest first', () => {
    f.clock.set('2026-06-29T15:00:00.000Z'); // 6月30日 00:00 in Japan
    expect(names()).toEqual(['六月 末']);
    f.clock.set('2026-07-10T14:59:00.000Z'); // 7月10日 23:59 in Japan
    const page = due();
    expect(page.rows.map((d) => [d.personName, d.daysOverdue])).toEqual([
      ['六月 末', 10],
      ['七月 一', 0],
    ]);
    expect(page).toMatchObject({ total: 2, hasMore: false });
    expect(page.rows[0]).toMatchObject({
      planId: plans['六月 末']!.plan.id,
      caseNumber: plans['六月 末']!.caseNumber,
      version: 1,
      nextEvaluationOn: '2026-06-30',
      mainStaffName: '相談 一郎',
    });
  });

  it('shows a restricted case only to its staff and 管理者, and never a closed case', () => {
    f.clock.set('2026-07-10T03:00:00.000Z');
    expect(names(f.worker)).not.toContain('秘匿 二');
    expect(names(f.viewer)).not.toContain('秘匿 二');
    expect(names(f.otherWorker)).toEqual(['六月 末', '秘匿 二', '七月 一']);
    expect(names(f.admin)).toEqual(['六月 末', '秘匿 二', '七月 一']);
  });

  it('drops a plan once evaluated (継続 moves it on) or while its next version is written', () => {
    f.clock.set('2026-08-01T03:00:00.000Z');
    expect(names()).toEqual(['六月 末', '七月 一', '八月 一']);
    const plan = (name: string) => plans[name]!.plan;
    evaluatePlan(
      f.db,
      f.worker,
      f.clock,
      evaluationInput(plan('六月 末'), 'continue', { evaluatedOn: '2026-08-01' }),
    );
    revisePlan(f.db, f.worker, f.clock, { id: plan('七月 一').id });
    expect(names()).toEqual(['八月 一']);
    f.clock.set('2026-11-01T03:00:00.000Z');
    expect(names()).toEqual(['八月 一', '六月 末']);
  });

  it("pages by key with the total, and narrows to one staff member's cases", () => {
    f.clock.set('2026-11-01T03:00:00.000Z');
    const all = due(f.admin).rows.map((r) => r.personName);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const first = due(f.admin, { limit: 2 });
    expect(first.rows.map((r) => r.personName)).toEqual(all.slice(0, 2));
    expect(first).toMatchObject({ total: all.length, hasMore: true });
    const last = first.rows.at(-1);
    if (!last) throw new Error('no row');
    const after = {
      nextEvaluationOn: last.nextEvaluationOn,
      caseNumber: last.caseNumber,
      planId: last.planId,
    };
    const second = due(f.admin, { limit: 2, after });
    expect(second.rows.map((r) => r.personName)).toEqual(all.slice(2, 4));
    expect(second.total).toBe(all.length);
    // Counting may stop early (ホーム): then the total says "at least".
    const capped = duePlansForEvaluation(f.db, f.admin, f.clock, planDueInput.parse({ limit: 1 }), {
      countUpTo: 2,
    });
    expect(capped).toMatchObject({ total: 2, totalIsLowerBound: true, hasMore: true });
    const uncapped = duePlansForEvaluation(f.db, f.admin, f.clock, planDueInput.parse({}), {
      countUpTo: all.length,
    });
    expect(uncapped).toMatchObject({ total: all.length, totalIsLowerBound: false });
    // 秘匿 二 is otherWorker's; the others are worker's.
    expect(due(f.admin, { staffId: f.otherWorker.staffId }).rows.map((r) => r.personName)).toEqual([
      '秘匿 二',
    ]);
    expect(due(f.worker, { staffId: f.worker.staffId }).total).toBe(all.length - 1);
  });

  it('reads 確定 plans from the partial due index, never scanning a table', () => {
    // Without ANALYZE statistics SQLite plans an empty file as it plans a city's.
    const t = createTestDb();
    try {
      const actors = withTransaction(t.db, (tx) => [
        buildStaff(tx, 'kanri', 'admin'),
        buildStaff(tx, 'soudan', 'worker'),
      ]);
      for (const actor of actors) {
        const { db, queries } = loggingDb(t.sqlite);
        duePlansForEvaluation(db, actor, f.clock, planDueInput.parse({}));
        duePlansForEvaluation(db, actor, f.clock, planDueInput.parse({ staffId: 2 }));
        // The page and the total, for the office, then for one staff member.
        const plans = queries.map((query) => queryPlan(t.sqlite, query).join('\n'));
        expect(plans).toHaveLength(4);
        for (const plan of plans.slice(0, 2)) {
          expect(plan).toMatch(/SEARCH support_plan USING (COVERING )?INDEX support_plan_due/u);
        }
        // A staff member's cases are read from the staff indexes, then their plans.
        for (const plan of plans.slice(2)) expect(plan).toMatch(/support_case_staff_(main|sub)/u);
        for (const plan of plans) expect(fullScans(plan.split('\n'))).toEqual([]);
      }
    } finally {
      t.cleanup();
    }
  });
});
