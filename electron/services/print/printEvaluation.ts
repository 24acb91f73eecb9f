import type { Db, ReadDb } from '../../../db/database';
import { latestEvaluationsOfPlans } from '../../../db/repositories/planEvaluationRepository';
import { plansOfCase } from '../../../db/repositories/supportPlanRepository';
import type { SupportPlanRow } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import type { PrintedDocument } from '../../contract/schemas/print';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import type { Clock } from '../clock';
import { planNotFound, requireVisiblePlan } from '../plans/planAccess';
import { buildPlanView } from '../plans/planView';
import { evaluationPrintFacts } from './evaluationPrintFacts';
import { evaluationSheetHtml, evaluationSheetTitle } from './forms/evaluationSheetHtml';
import { printCaseDocument, type PrintOptions } from './printCaseDocument';

/** The plan version has not been evaluated yet: there is no sheet to print. */
export function noEvaluation(): AppError {
  return new AppError('NOT_FOUND', 'この支援プランの評価はまだありません。');
}

/**
 * The case's plan version whose 評価シート to print: `version` if given, else the newest version
 * that has been evaluated (a 見直し's new 案 has none yet). NOT_FOUND when there is none.
 */
export function evaluatedPlanOfCase(db: ReadDb, caseId: number, version?: number): SupportPlanRow {
  const versions = plansOfCase(db, caseId).map(({ plan }) => plan);
  if (version !== undefined) {
    const plan = versions.find((p) => p.version === version);
    if (!plan) throw planNotFound();
    return plan;
  }
  const evaluated = latestEvaluationsOfPlans(
    db,
    versions.map((p) => p.id),
  );
  const plan = versions.find((p) => evaluated.has(p.id));
  if (!plan) throw versions.length === 0 ? planNotFound() : noEvaluation();
  return plan;
}

/**
 * 評価シート of one evaluation of a plan version the actor may see (閲覧制限: NOT_FOUND, as for
 * opening the plan): any evaluation by id, the latest when none is named; audited as
 * print.evaluation on the case with the plan and the evaluation.
 */
export function printEvaluation(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'print.evaluation'>,
  options: PrintOptions = { format: 'html' },
): PrintedDocument {
  const { plan: planRow } = requireVisiblePlan(db, actor, input.planId);
  return printCaseDocument(
    db,
    actor,
    clock,
    { caseId: planRow.caseId, action: 'print.evaluation', options },
    ({ db: tx, detail, ctx }) => {
      const plan = buildPlanView(tx, planRow);
      const evaluation =
        input.evaluationId === undefined
          ? plan.evaluations[0]
          : plan.evaluations.find((e) => e.id === input.evaluationId);
      if (!evaluation) throw noEvaluation();
      return {
        document: {
          title: `${evaluationSheetTitle}（${plan.caseNumber} 第${plan.version}版）`,
          html: evaluationSheetHtml(
            plan,
            evaluation,
            ctx,
            evaluationPrintFacts(tx, detail, plan, evaluation),
          ),
        },
        auditDetail: { planId: plan.id, version: plan.version, evaluationId: evaluation.id },
      };
    },
  );
}
