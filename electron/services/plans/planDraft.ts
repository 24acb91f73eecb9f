import { withTransaction, type Db } from '../../../db/database';
import { replacePlanContent } from '../../../db/repositories/planContentRepository';
import { stampFor } from '../../../db/repositories/stamp';
import {
  findPlanById,
  insertPlan,
  latestPlanOfCase,
  updatePlan as writePlan,
} from '../../../db/repositories/supportPlanRepository';
import type { PlanView } from '../../contract/schemas/plan';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { changedKeys } from '../cases/changedKeys';
import { todayInJapan } from '../cases/japanDate';
import { requireVisibleCase } from '../cases/visibleRecords';
import type { Clock } from '../clock';
import { keepRevision } from '../history/keepRevision';
import { planContent } from '../history/recordContents';
import { getSettings } from '../settings/settingsService';
import { planConflict, refuseClosedCase, requireVisiblePlan } from './planAccess';
import { checkPlanContent, normalizeContent, planHeaderValues, storedContent } from './planContent';
import { reloadPlanView } from './planReads';

/** Why a plan that is not a 案 cannot be edited, in the words the worker sees. */
export const notADraftMessage = {
  confirmed:
    '確定した支援プランは変更できません。変更するには、評価で「見直し」を選ぶか、見直しで新しい版を作成してください。',
  ended: '終了した支援プランは変更できません。',
} as const;

/**
 * Writes version 1 of a case's plan as 案, with its 課題, goals and 支援内容 rows. A case that
 * already has a plan is refused: later versions start from a 見直し, so none is lost.
 */
export function createPlan(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'plan.create'>,
): PlanView {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    const caseRow = requireVisibleCase(tx, actor, input.caseId);
    refuseClosedCase(caseRow);
    if (latestPlanOfCase(tx, caseRow.id)) {
      throw planConflict(
        'このケースには既に支援プランがあります。新しい版は、最新の版の評価または見直しから作成してください。',
      );
    }
    const { caseId, ...content } = input;
    checkPlanContent(tx, content, {
      today,
      receivedOn: caseRow.receivedOn,
      previousCreatedOn: null,
    });
    const months = getSettings(tx).planEvaluationMonths;
    const at = clock.now();
    const row = insertPlan(
      tx,
      {
        caseId,
        version: 1,
        supersedesId: null,
        status: 'draft',
        ...planHeaderValues(content, months),
      },
      stampFor(at, actor.staffId),
    );
    replacePlanContent(tx, row.id, content);
    appendAudit(tx, {
      at,
      actor,
      action: 'plan.create',
      target: { type: 'plan', id: row.id },
      detail: { caseId, version: 1 },
    });
    return reloadPlanView(tx, row.id);
  });
}

/**
 * Saves a 案 as a whole (its child rows are replaced by those sent). A 確定 or 終了 version is
 * refused: what was agreed is never overwritten. The 案 as it read before is kept (訂正履歴); the
 * audit names the fields that changed and the version made.
 */
export function updatePlan(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'plan.update'>,
): PlanView {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    const { plan, caseRow } = requireVisiblePlan(tx, actor, input.id);
    if (plan.status !== 'draft') throw planConflict(notADraftMessage[plan.status]);
    refuseClosedCase(caseRow);
    const { id, ...content } = input;
    const previous = plan.supersedesId === null ? undefined : findPlanById(tx, plan.supersedesId);
    checkPlanContent(tx, content, {
      today,
      receivedOn: caseRow.receivedOn,
      previousCreatedOn: previous?.createdOn ?? null,
    });
    const header = planHeaderValues(content, getSettings(tx).planEvaluationMonths);
    const after = normalizeContent({ ...content, ...header });
    const changed = changedKeys(storedContent(tx, plan), after);
    if (changed.length > 0) {
      const at = clock.now();
      const stamp = stampFor(at, actor.staffId);
      const revision = keepRevision(tx, {
        record: 'plan',
        recordId: id,
        content: planContent(tx, plan),
        written: { at: plan.updatedAt, by: plan.updatedBy },
        replaced: stamp,
      });
      writePlan(tx, id, header, stamp);
      replacePlanContent(tx, id, content);
      appendAudit(tx, {
        at,
        actor,
        action: 'plan.update',
        target: { type: 'plan', id },
        detail: { caseId: plan.caseId, fields: changed, revision },
      });
    }
    return reloadPlanView(tx, id);
  });
}
