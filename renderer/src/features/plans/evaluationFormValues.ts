import type {
  CallInput,
  CloseReason,
  GoalResult,
  PlanConsentMethod,
  PlanDecision,
  PlanGoalKind,
  PlanView,
} from '../../../../electron/contract';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';
import { compactErrors } from '../caseDetail/compactErrors';

export type GoalEvaluationValues = {
  goalId: number;
  kind: PlanGoalKind;
  text: string;
  result: GoalResult | null;
  comment: string;
};

/** 評価: one row per goal of the plan, in the plan's order. */
export type EvaluationFormValues = {
  evaluatedOn: string;
  personChange: string;
  decision: PlanDecision | null;
  comment: string;
  goals: GoalEvaluationValues[];
  nextEvaluationOn: string;
  /** 終結 only: 終結理由 ('' until chosen) and its 補足. */
  closeReasonCode: CloseReason | '';
  closeReasonNote: string;
};

export function emptyEvaluationValues(plan: PlanView, today: string): EvaluationFormValues {
  return {
    evaluatedOn: textFromIso(today),
    personChange: '',
    decision: null,
    comment: '',
    goals: plan.goals.map((g) => ({
      goalId: g.id,
      kind: g.kind,
      text: g.text,
      result: null,
      comment: '',
    })),
    nextEvaluationOn: '',
    closeReasonCode: '',
    closeReasonNote: '',
  };
}

export function validateEvaluationValues(
  values: EvaluationFormValues,
  today: string,
): Record<string, string> {
  const errors: Record<string, string | null> = {
    evaluatedOn: dateTextError(values.evaluatedOn, { required: true, notAfter: today }),
    decision: values.decision === null ? ja.plans.decisionRequired : null,
    nextEvaluationOn:
      values.decision === 'continue' ? dateTextError(values.nextEvaluationOn) : null,
    closeReasonCode:
      values.decision === 'close' && values.closeReasonCode === ''
        ? ja.caseClose.reasonRequired
        : null,
    closeReasonNote:
      values.decision === 'close' &&
      values.closeReasonCode === 'other' &&
      values.closeReasonNote.trim() === ''
        ? ja.caseClose.noteRequired
        : values.closeReasonNote.trim().length > 200
          ? ja.caseClose.reasonTooLong
          : null,
  };
  values.goals.forEach((goal, i) => {
    errors[`goals.${i}.result`] = goal.result === null ? ja.plans.goalResultRequired : null;
  });
  return compactErrors(errors);
}

/** plan.evaluate's input; 次回評価予定日 is sent only with 継続. */
export function evaluationInputFrom(
  planId: number,
  values: EvaluationFormValues,
): CallInput<'plan.evaluate'> {
  const evaluatedOn = isoFromText(values.evaluatedOn);
  if (evaluatedOn === null || values.decision === null)
    throw new Error('evaluation saved before validation');
  return {
    planId,
    evaluatedOn,
    personChange: values.personChange,
    decision: values.decision,
    comment: values.comment,
    goals: values.goals.map((g) => {
      if (g.result === null) throw new Error('evaluation saved before validation');
      return { goalId: g.goalId, result: g.result, comment: g.comment };
    }),
    nextEvaluationOn: values.decision === 'continue' ? isoFromText(values.nextEvaluationOn) : null,
    ...(values.decision === 'close' && values.closeReasonCode !== ''
      ? { closeReasonCode: values.closeReasonCode, closeReasonNote: values.closeReasonNote.trim() }
      : {}),
  };
}

/** Server paths `goals.N.goalId` name the goal's row; the form shows them at its result. */
export function evaluationIssuePath(path: string): string {
  return path.replace(/^(goals\.\d+)\.goalId$/, '$1.result');
}

/** 本人同意 on the plan. */
export type PlanConsentValues = {
  consentOn: string;
  consentMethod: PlanConsentMethod;
  consentProxyName: string;
};

export function emptyPlanConsentValues(today: string): PlanConsentValues {
  return { consentOn: textFromIso(today), consentMethod: 'selfSigned', consentProxyName: '' };
}

export function validatePlanConsentValues(
  values: PlanConsentValues,
  today: string,
): Record<string, string> {
  return compactErrors({
    consentOn: dateTextError(values.consentOn, { required: true, notAfter: today }),
    consentProxyName:
      values.consentMethod === 'proxy' && values.consentProxyName.trim() === ''
        ? ja.plans.required(ja.plans.consentProxyName)
        : null,
  });
}

export function planConsentInputFrom(
  id: number,
  values: PlanConsentValues,
): CallInput<'plan.recordConsent'> {
  const consentOn = isoFromText(values.consentOn);
  if (consentOn === null) throw new Error('consent saved before validation');
  return {
    id,
    consentOn,
    consentMethod: values.consentMethod,
    consentProxyName: values.consentMethod === 'proxy' ? values.consentProxyName : '',
  };
}
