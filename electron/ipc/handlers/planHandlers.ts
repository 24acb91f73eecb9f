import { confirmPlan } from '../../services/plans/confirmPlan';
import { duePlansForEvaluation } from '../../services/plans/duePlans';
import { evaluatePlan } from '../../services/plans/evaluatePlan';
import { revisePlan } from '../../services/plans/nextVersion';
import { createPlan, updatePlan } from '../../services/plans/planDraft';
import { getPlan, listPlansForCase } from '../../services/plans/planReads';
import { recordPlanConsent } from '../../services/plans/recordPlanConsent';
import { planHistory } from '../../services/history/recordHistory';
import type { DomainHandlers } from '../handlerTypes';

export const planHandlers: DomainHandlers<'plan'> = {
  'plan.create': ({ db, actor, clock }, input) => createPlan(db, actor, clock, input),
  'plan.update': ({ db, actor, clock }, input) => updatePlan(db, actor, clock, input),
  'plan.confirm': ({ db, actor, clock }, input) => confirmPlan(db, actor, clock, input),
  'plan.recordConsent': ({ db, actor, clock }, input) => recordPlanConsent(db, actor, clock, input),
  'plan.evaluate': ({ db, actor, clock }, input) => evaluatePlan(db, actor, clock, input),
  'plan.revise': ({ db, actor, clock }, input) => revisePlan(db, actor, clock, input),
  'plan.get': ({ db, actor, clock }, input) => getPlan(db, actor, clock, input),
  'plan.history': ({ db, actor, clock }, input) => planHistory(db, actor, clock, input),
  'plan.listForCase': ({ db, actor }, input) => listPlansForCase(db, actor, input),
  'plan.dueForEvaluation': ({ db, actor, clock }, input) =>
    duePlansForEvaluation(db, actor, clock, input),
};
