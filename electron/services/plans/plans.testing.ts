import { count } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import {
  auditLog,
  planEvaluation,
  planGoal,
  planGoalEvaluation,
  planIssue,
  planSupportRow,
  supportCase,
  supportPlan,
} from '../../../db/schema';
import type { PlanDecision } from '../../contract/planCodes';
import { planCreateInput, planEvaluateInput, type PlanView } from '../../contract/schemas/plan';
import type { CallInput, ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { newHouseholdIntake, type CaseWorkFixture } from '../cases/caseWork.testing';
import { intakeCase } from '../cases/intakeCase';

/** A case taken on 2026-04-01 by `worker` (its 主担当), with the clock then at 2026-04-10 (Japan). */
export function caseForPlan(
  f: CaseWorkFixture,
  worker: Actor = f.worker,
  person: { name?: string } = {},
) {
  f.clock.set('2026-04-01T00:00:00.000Z');
  const intake = intakeCase(f.db, worker, f.clock, newHouseholdIntake(worker.staffId, {}, person));
  f.clock.set('2026-04-10T01:00:00.000Z');
  return intake;
}

/** A 案 as the editor sends it: two 課題, a long and a short goal, three 支援内容 rows. */
export function planInput(
  caseId: number,
  overrides: Partial<CallInput<'plan.create'>> = {},
): ParsedInput<'plan.create'> {
  return planCreateInput.parse({
    caseId,
    createdOn: '2026-04-10',
    periodFrom: '2026-04-10',
    periodTo: '2026-09-30',
    personWishes: '母の介護を続けながら、また働きたい',
    householdGoal: '母と二人で安心して暮らせる',
    issues: [
      { issue: '母の介護負担', background: '日中は一人で介護している' },
      { issue: '収入がない', background: '介護のため離職した' },
    ],
    goals: [
      { kind: 'long', text: '安定した収入を得て暮らす' },
      { kind: 'short', text: '母が介護サービスを使い始める' },
    ],
    rows: [
      {
        issue: '母の介護負担',
        content: '要介護認定の申請に同行する',
        assigneeText: '西地域包括支援センター',
        frequency: '1回',
        period: '4月中',
      },
      { issue: '収入がない', content: '就労準備支援につなぐ', frequency: '週1回', period: '6か月' },
      { issue: '収入がない', content: '家計の見直しを一緒に行う', frequency: '月1回' },
    ],
    referralParticipation: true,
    ...overrides,
  });
}

/** An evaluation of every goal of `plan` with `decision`. */
export function evaluationInput(
  plan: PlanView,
  decision: PlanDecision,
  overrides: Partial<CallInput<'plan.evaluate'>> = {},
): ParsedInput<'plan.evaluate'> {
  return planEvaluateInput.parse({
    planId: plan.id,
    evaluatedOn: '2026-07-10',
    personChange: '表情が明るくなった',
    decision,
    comment: '',
    goals: plan.goals.map((goal, i) => ({
      goalId: goal.id,
      result: i === 0 ? 'partial' : 'achieved',
      comment: '',
    })),
    // 終結 asks for its reason.
    ...(decision === 'close' ? { closeReasonCode: 'goalAchieved' } : {}),
    ...overrides,
  });
}

/** Row counts of the plan tables, the cases and the audit log: proof a refused write left nothing. */
export function countPlanRows(db: Db): Record<string, number> {
  const tables = {
    supportPlan,
    planIssue,
    planGoal,
    planSupportRow,
    planEvaluation,
    planGoalEvaluation,
    supportCase,
    auditLog,
  };
  return Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [
      name,
      db.select({ n: count() }).from(table).get()?.n ?? 0,
    ]),
  );
}
