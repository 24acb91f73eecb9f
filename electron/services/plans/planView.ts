import type { ReadDb } from '../../../db/database';
import {
  goalsOfPlan,
  issuesOfPlan,
  supportRowsOfPlan,
} from '../../../db/repositories/planContentRepository';
import {
  evaluationsOfPlan,
  goalEvaluationsOf,
} from '../../../db/repositories/planEvaluationRepository';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { caseSummaryRows } from '../../../db/repositories/supportCaseRepository';
import { findPlanSuperseding } from '../../../db/repositories/supportPlanRepository';
import type { SupportPlanRow } from '../../../db/schema';
import type { PlanDecision } from '../../contract/planCodes';
import type {
  PlanEvaluationView,
  PlanRowView,
  PlanSummary,
  PlanView,
} from '../../contract/schemas/plan';
import { planNotFound } from './planAccess';

/** One line of a case's version list. */
export function toPlanSummary(
  plan: SupportPlanRow,
  confirmedByName: string | null,
  lastDecision: PlanDecision | null,
): PlanSummary {
  return {
    id: plan.id,
    caseId: plan.caseId,
    version: plan.version,
    status: plan.status,
    supersedesId: plan.supersedesId,
    createdOn: plan.createdOn,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    nextEvaluationOn: plan.nextEvaluationOn,
    confirmedAt: plan.confirmedAt,
    confirmedByName,
    consentOn: plan.consentOn,
    lastDecision,
  };
}

function rowViews(db: ReadDb, planId: number): PlanRowView[] {
  return supportRowsOfPlan(db, planId).map(({ row, agencyName, staffName }) => ({
    issue: row.issue,
    content: row.content,
    assigneeAgencyId: row.assigneeAgencyId,
    assigneeAgencyName: agencyName,
    assigneeStaffId: row.assigneeStaffId,
    assigneeStaffName: staffName,
    assigneeText: row.assigneeText,
    frequency: row.frequency,
    period: row.period,
  }));
}

function evaluationViews(db: ReadDb, planId: number): PlanEvaluationView[] {
  const evaluations = evaluationsOfPlan(db, planId);
  const goals = goalEvaluationsOf(
    db,
    evaluations.map(({ evaluation }) => evaluation.id),
  );
  return evaluations.map(({ evaluation, evaluatedByName }) => ({
    id: evaluation.id,
    evaluatedOn: evaluation.evaluatedOn,
    personChange: evaluation.personChange,
    decision: evaluation.decision,
    comment: evaluation.comment,
    closeReasonCode: evaluation.closeReasonCode,
    closeReasonNote: evaluation.closeReasonNote,
    evaluatedById: evaluation.createdBy,
    evaluatedByName,
    goals: goals
      .filter((goal) => goal.evaluationId === evaluation.id)
      .map(({ evaluationId: _id, ...goal }) => goal),
  }));
}

/**
 * Everything about one version, for a plan the caller has already checked the actor may see:
 * the case number and person, every row, and its evaluations.
 */
export function buildPlanView(db: ReadDb, plan: SupportPlanRow): PlanView {
  const [caseRow] = caseSummaryRows(db, [plan.caseId]);
  if (!caseRow) throw planNotFound();
  const confirmedByName =
    plan.confirmedBy === null ? null : (findStaffById(db, plan.confirmedBy)?.displayName ?? null);
  const evaluations = evaluationViews(db, plan.id);
  return {
    ...toPlanSummary(plan, confirmedByName, evaluations[0]?.decision ?? null),
    caseNumber: caseRow.caseNumber,
    personId: caseRow.personId,
    personName: caseRow.personName,
    personKana: caseRow.personKana,
    personWishes: plan.personWishes,
    householdGoal: plan.householdGoal,
    referralParticipation: plan.referralParticipation,
    referralOutreach: plan.referralOutreach,
    confirmedById: plan.confirmedBy,
    approvedMeetingId: plan.approvedMeetingId,
    consentMethod: plan.consentMethod,
    consentProxyName: plan.consentProxyName,
    supersededById: findPlanSuperseding(db, plan.id)?.id ?? null,
    issues: issuesOfPlan(db, plan.id),
    goals: goalsOfPlan(db, plan.id).map(({ id, kind, text }) => ({ id, kind, text })),
    rows: rowViews(db, plan.id),
    evaluations,
  };
}
