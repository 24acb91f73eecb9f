import type { ReadDb } from '../../../db/database';
import { goalsOfPlan } from '../../../db/repositories/planContentRepository';
import { evaluationsOfPlan } from '../../../db/repositories/planEvaluationRepository';
import type { SupportPlanRow } from '../../../db/schema';
import type { FieldIssue } from '../../contract/errors';
import type { ParsedInput } from '../../contract/types';

type Input = ParsedInput<'plan.evaluate'>;

function dateIssues(db: ReadDb, plan: SupportPlanRow, input: Input, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (input.evaluatedOn > today) add('evaluatedOn', '評価日に未来の日付は入力できません');
  if (input.evaluatedOn < plan.createdOn) add('evaluatedOn', '評価日は作成日より前にできません');
  const [previous] = evaluationsOfPlan(db, plan.id);
  if (previous && input.evaluatedOn < previous.evaluation.evaluatedOn) {
    add('evaluatedOn', '評価日は前回の評価日より前にできません');
  }
  if (
    input.decision === 'continue' &&
    input.nextEvaluationOn !== null &&
    input.nextEvaluationOn <= input.evaluatedOn
  ) {
    add('nextEvaluationOn', '次回評価予定日は評価日より後にしてください');
  }
  return issues;
}

/** Every goal of the plan evaluated exactly once, and nothing else. */
function goalIssues(db: ReadDb, plan: SupportPlanRow, input: Input): FieldIssue[] {
  const goalIds = new Set(goalsOfPlan(db, plan.id).map((goal) => goal.id));
  const seen = new Set<number>();
  const issues: FieldIssue[] = [];
  input.goals.forEach((goal, i) => {
    const path = `goals.${i}.goalId`;
    if (!goalIds.has(goal.goalId))
      issues.push({ path, message: 'この支援プランの目標ではありません' });
    else if (seen.has(goal.goalId)) issues.push({ path, message: '同じ目標が2回評価されています' });
    seen.add(goal.goalId);
  });
  const missing = [...goalIds].filter((id) => !seen.has(id)).length;
  if (missing > 0) {
    issues.push({ path: 'goals', message: `評価されていない目標があります（${missing}件）` });
  }
  return issues;
}

/** What is wrong with an evaluation of this plan, each problem at its field. */
export function evaluationIssues(
  db: ReadDb,
  plan: SupportPlanRow,
  input: Input,
  today: string,
): FieldIssue[] {
  return [...dateIssues(db, plan, input, today), ...goalIssues(db, plan, input)];
}
