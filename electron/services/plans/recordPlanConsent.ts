import { withTransaction, type Db } from '../../../db/database';
import { stampFor } from '../../../db/repositories/stamp';
import { updatePlan } from '../../../db/repositories/supportPlanRepository';
import { AppError, type FieldIssue } from '../../contract/errors';
import type { PlanView } from '../../contract/schemas/plan';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { planConflict, refuseClosedCase, requireVisiblePlan } from './planAccess';
import { reloadPlanView } from './planReads';

type Input = ParsedInput<'plan.recordConsent'>;

function consentIssues(input: Input, createdOn: string, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.consentOn > today) {
    issues.push({ path: 'consentOn', message: '同意日に未来の日付は入力できません' });
  }
  if (input.consentOn < createdOn) {
    issues.push({ path: 'consentOn', message: '同意日は作成日より前にできません' });
  }
  if (input.consentMethod === 'proxy' && input.consentProxyName === '') {
    issues.push({ path: 'consentProxyName', message: '代筆者の氏名を入力してください' });
  }
  return issues;
}

/**
 * 本人同意 on a plan: the date and how (自署, 代筆 with the writer's name, 口頭). On a 案 it may be
 * changed freely. On a 確定 plan it may be recorded once, since the person often signs the
 * printed plan after the meeting confirms it; what was recorded is never overwritten.
 */
export function recordPlanConsent(db: Db, actor: Actor, clock: Clock, input: Input): PlanView {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    const { plan, caseRow } = requireVisiblePlan(tx, actor, input.id);
    if (plan.status === 'ended') {
      throw planConflict('終了した支援プランには同意を記録できません。');
    }
    if (plan.status === 'confirmed' && plan.consentOn !== null) {
      throw planConflict('確定した支援プランの同意は記録済みのため変更できません。');
    }
    refuseClosedCase(caseRow);
    const issues = consentIssues(input, plan.createdOn, today);
    if (issues.length > 0) throw new AppError('VALIDATION', '入力内容に誤りがあります。', issues);
    const at = clock.now();
    updatePlan(
      tx,
      plan.id,
      {
        consentOn: input.consentOn,
        consentMethod: input.consentMethod,
        consentProxyName: input.consentMethod === 'proxy' ? input.consentProxyName : '',
      },
      stampFor(at, actor.staffId),
    );
    appendAudit(tx, {
      at,
      actor,
      action: 'plan.recordConsent',
      target: { type: 'plan', id: plan.id },
      detail: { caseId: plan.caseId, replaced: plan.consentOn !== null },
    });
    return reloadPlanView(tx, plan.id);
  });
}
