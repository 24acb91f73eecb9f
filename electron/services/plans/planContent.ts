import type { ReadDb } from '../../../db/database';
import { existingAgencyIds } from '../../../db/repositories/agencyRepository';
import {
  goalsOfPlan,
  issuesOfPlan,
  supportRowsOfPlan,
} from '../../../db/repositories/planContentRepository';
import type { PlanValues } from '../../../db/repositories/supportPlanRepository';
import { findStaffById } from '../../../db/repositories/staffRepository';
import type { SupportPlanRow } from '../../../db/schema';
import { AppError, type FieldIssue } from '../../contract/errors';
import type { PlanContent } from '../../contract/schemas/plan';
import { addMonths } from './planDates';

/** What the dates of a 案 are checked against. */
export type PlanDateBounds = {
  today: string;
  /** 受付日 of the case. */
  receivedOn: string;
  /** 作成日 of the version this one revises, if any. */
  previousCreatedOn: string | null;
};

function dateIssues(content: PlanContent, bounds: PlanDateBounds): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const { createdOn, periodFrom, periodTo, nextEvaluationOn } = content;
  if (createdOn > bounds.today) add('createdOn', '作成日に未来の日付は入力できません');
  if (createdOn < bounds.receivedOn) add('createdOn', '作成日は受付日より前にできません');
  if (bounds.previousCreatedOn !== null && createdOn < bounds.previousCreatedOn) {
    add('createdOn', '作成日は前の版の作成日より前にできません');
  }
  if (periodFrom !== null && periodTo !== null && periodTo < periodFrom) {
    add('periodTo', '計画期間の終了日は開始日より前にできません');
  }
  if (nextEvaluationOn !== null && nextEvaluationOn <= createdOn) {
    add('nextEvaluationOn', '次回評価予定日は作成日より後にしてください');
  }
  return issues;
}

/** Every 担当 must be an agency of the directory or a staff account (retired ones included). */
function assigneeIssues(db: ReadDb, content: PlanContent): FieldIssue[] {
  const agencyIds = content.rows.flatMap((row) =>
    row.assigneeAgencyId === null ? [] : [row.assigneeAgencyId],
  );
  const knownAgencies = existingAgencyIds(db, [...new Set(agencyIds)]);
  return content.rows.flatMap((row, i): FieldIssue[] => {
    if (row.assigneeAgencyId !== null && !knownAgencies.has(row.assigneeAgencyId)) {
      return [{ path: `rows.${i}.assigneeAgencyId`, message: '関係機関が見つかりません' }];
    }
    if (row.assigneeStaffId !== null && !findStaffById(db, row.assigneeStaffId)) {
      return [{ path: `rows.${i}.assigneeStaffId`, message: '職員が見つかりません' }];
    }
    return [];
  });
}

/** Refuses a 案 whose dates or 担当 are wrong, with every problem at its field. */
export function checkPlanContent(db: ReadDb, content: PlanContent, bounds: PlanDateBounds): void {
  const issues = [...dateIssues(content, bounds), ...assigneeIssues(db, content)];
  if (issues.length > 0) throw new AppError('VALIDATION', '入力内容に誤りがあります。', issues);
}

/** The plan's own columns for this content; no 次回評価予定日 means 作成日 plus the setting. */
export function planHeaderValues(
  content: PlanContent,
  evaluationMonths: number,
): Omit<PlanValues, 'caseId' | 'version' | 'supersedesId' | 'status'> {
  return {
    createdOn: content.createdOn,
    periodFrom: content.periodFrom,
    periodTo: content.periodTo,
    nextEvaluationOn: content.nextEvaluationOn ?? addMonths(content.createdOn, evaluationMonths),
    personWishes: content.personWishes,
    householdGoal: content.householdGoal,
    referralParticipation: content.referralParticipation,
    referralOutreach: content.referralOutreach,
  };
}

/**
 * The content in one fixed shape and key order, so a stored plan and a sent form compare by
 * value (changedKeys compares lists as JSON).
 */
export function normalizeContent(content: PlanContent): PlanContent {
  return {
    createdOn: content.createdOn,
    periodFrom: content.periodFrom,
    periodTo: content.periodTo,
    nextEvaluationOn: content.nextEvaluationOn,
    personWishes: content.personWishes,
    householdGoal: content.householdGoal,
    issues: content.issues.map(({ issue, background }) => ({ issue, background })),
    goals: content.goals.map(({ kind, text }) => ({ kind, text })),
    rows: content.rows.map((row) => ({
      issue: row.issue,
      content: row.content,
      assigneeAgencyId: row.assigneeAgencyId,
      assigneeStaffId: row.assigneeStaffId,
      assigneeText: row.assigneeText,
      frequency: row.frequency,
      period: row.period,
    })),
    referralParticipation: content.referralParticipation,
    referralOutreach: content.referralOutreach,
  };
}

/** A stored plan read back as the content a form would send (to compare, or to copy forward). */
export function storedContent(db: ReadDb, plan: SupportPlanRow): PlanContent {
  return normalizeContent({
    ...plan,
    issues: issuesOfPlan(db, plan.id),
    goals: goalsOfPlan(db, plan.id),
    rows: supportRowsOfPlan(db, plan.id).map(({ row }) => row),
  });
}
