import type { Db, ReadDb } from '../../../db/database';
import { plansOfCase } from '../../../db/repositories/supportPlanRepository';
import type { SupportPlanRow } from '../../../db/schema';
import type { PrintedDocument } from '../../contract/schemas/print';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import type { Clock } from '../clock';
import { planNotFound } from '../plans/planAccess';
import { buildPlanView } from '../plans/planView';
import { draftMark, supportPlanFormHtml, supportPlanTitle } from './forms/supportPlanFormHtml';
import { planPrintFacts } from './planPrintFacts';
import { printCaseDocument, type PrintOptions } from './printCaseDocument';

/**
 * A version of the case's plan (作成回数), or its latest when `version` is omitted; NOT_FOUND
 * (支援プランが見つかりません) when there is none. The case's visibility is the caller's check.
 */
export function planOfCaseByVersion(db: ReadDb, caseId: number, version?: number): SupportPlanRow {
  const versions = plansOfCase(db, caseId).map(({ plan }) => plan);
  const plan = version === undefined ? versions[0] : versions.find((p) => p.version === version);
  if (!plan) throw planNotFound();
  return plan;
}

/**
 * 支援プラン of a case the actor may see (閲覧制限: NOT_FOUND), one version or the latest, with
 * the 本人同意 signature block; audited as print.plan with the plan's id and version.
 */
export function printPlan(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'print.plan'>,
  options: PrintOptions = { format: 'html' },
): PrintedDocument {
  return printCaseDocument(
    db,
    actor,
    clock,
    { caseId: input.caseId, action: 'print.plan', options },
    ({ db: tx, row, detail, ctx }) => {
      const plan = buildPlanView(tx, planOfCaseByVersion(tx, row.id, input.version));
      return {
        document: {
          title: `${supportPlanTitle}${plan.status === 'draft' ? draftMark : ''}（${plan.caseNumber} 第${plan.version}版）`,
          html: supportPlanFormHtml(plan, ctx, planPrintFacts(tx, detail, plan)),
        },
        auditDetail: { planId: plan.id, version: plan.version },
      };
    },
  );
}
