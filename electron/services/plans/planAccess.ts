import type { ReadDb } from '../../../db/database';
import { findPlanById } from '../../../db/repositories/supportPlanRepository';
import type { SupportCaseRow, SupportPlanRow } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import type { Actor } from '../audit/actor';
import { findVisibleCase } from '../cases/visibleRecords';

/** A plan with its case, both checked visible to the actor. */
export type VisiblePlan = { plan: SupportPlanRow; caseRow: SupportCaseRow };

/** Missing and hidden plans get the same message, so a refusal reveals nothing (閲覧制限). */
export function planNotFound(): AppError {
  return new AppError('NOT_FOUND', '支援プランが見つかりません。');
}

/** A plan is visible exactly when its case is (the 閲覧制限 rule of cases/visibleRecords.ts). */
export function requireVisiblePlan(db: ReadDb, actor: Actor, id: number): VisiblePlan {
  const plan = findPlanById(db, id);
  const caseRow = plan ? findVisibleCase(db, actor, plan.caseId) : undefined;
  if (!plan || !caseRow) throw planNotFound();
  return { plan, caseRow };
}

/**
 * A closed case's plans are history: reopen the case (case.update) before planning again, so a
 * stale 案 is never confirmed on a case nobody is supporting.
 */
export function refuseClosedCase(caseRow: SupportCaseRow): void {
  if (caseRow.stage === 'closed') {
    throw new AppError(
      'CONFLICT',
      '終結したケースの支援プランは変更できません。先にケースを再開してください。',
    );
  }
}

/** A refusal because of the plan's state (確定, 終了, 見直し中 …), in Japanese. */
export function planConflict(message: string): AppError {
  return new AppError('CONFLICT', message);
}
