import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { buildStaff } from '../../../db/testing/caseBuilders';
import { createTestDb } from '../../../db/testing/createTestDb';
import { fullScans, loggingDb, queryPlan } from '../../../db/testing/queryPlans';
import type { PlanView } from '../../contract/schemas/plan';
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
    closeReason: '転居',
  });
  // An unconfirmed 案 is never due.
  createPlan(f.db, f.worker, f.clock, planInput(caseForPlan(f).caseId));
});
afterAll(() => f.cleanup());

const names = (actor = f.worker) =>
  duePlansForEvaluation(f.db, actor, f.clock).map((due) => due.personName);

describe('plan.dueForEvaluation', () => {
  it('lists 確定 plans due on or before today in Japan, oldest first', () => {
    f.clock.set('2026-06-29T15:00:00.000Z'); // 6月30日 00:00 in Japan
    expect(names()).toEqual(['六月 末']);
    f.clock.set('2026-07-10T14:59:00.000Z'); // 7月10日 23:59 in Japan
    const due = duePlansForEvaluation(f.db, f.worker, f.clock);
    expect(due.map((d) => [d.personName, d.daysOverdue])).toEqual([
      ['六月 末', 10],
      ['七月 一', 0],
    ]);
    expect(due[0]).toMatchObject({
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
        duePlansForEvaluation(db, actor, f.clock);
        const [plan = []] = queries.map((query) => queryPlan(t.sqlite, query));
        expect(plan.join('\n')).toContain('SEARCH support_plan USING INDEX support_plan_due');
        expect(fullScans(plan)).toEqual([]);
      }
    } finally {
      t.cleanup();
    }
  });
});
