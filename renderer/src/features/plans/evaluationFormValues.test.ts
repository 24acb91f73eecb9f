import { describe, expect, it } from 'vitest';
import {
  emptyEvaluationValues,
  emptyPlanConsentValues,
  evaluationInputFrom,
  evaluationIssuePath,
  planConsentInputFrom,
  validateEvaluationValues,
  validatePlanConsentValues,
} from './evaluationFormValues';
import { samplePlan } from './plans.testing';

describe('evaluation form values', () => {
  it('starts with one row per goal, nothing chosen', () => {
    const values = emptyEvaluationValues(samplePlan(), '2026-07-02');
    expect(values.goals.map((g) => [g.goalId, g.result])).toEqual([
      [11, null],
      [12, null],
    ]);
    expect(validateEvaluationValues(values, '2026-07-02')).toEqual({
      decision: '今後の方針を選んでください',
      'goals.0.result': '目標の評価を選んでください',
      'goals.1.result': '目標の評価を選んでください',
    });
  });

  it('sends every goal, and 次回評価予定日 only with 継続', () => {
    const values = emptyEvaluationValues(samplePlan(), '2026-07-02');
    values.goals[0]!.result = 'achieved';
    values.goals[1]!.result = 'partial';
    values.goals[1]!.comment = '申請はした';
    values.decision = 'revise';
    values.nextEvaluationOn = '2026/10/1';
    expect(validateEvaluationValues(values, '2026-07-02')).toEqual({});
    expect(evaluationInputFrom(7, values)).toEqual({
      planId: 7,
      evaluatedOn: '2026-07-02',
      personChange: '',
      decision: 'revise',
      comment: '',
      goals: [
        { goalId: 11, result: 'achieved', comment: '' },
        { goalId: 12, result: 'partial', comment: '申請はした' },
      ],
      nextEvaluationOn: null,
    });
    expect(evaluationInputFrom(7, { ...values, decision: 'continue' }).nextEvaluationOn).toBe(
      '2026-10-01',
    );
  });

  it('shows a goal issue at that goal', () => {
    expect(evaluationIssuePath('goals.1.goalId')).toBe('goals.1.result');
  });
});

describe('plan consent values', () => {
  it('asks for the 代筆者 only with 代筆, and sends it only then', () => {
    const values = { ...emptyPlanConsentValues('2026-04-03'), consentMethod: 'proxy' as const };
    expect(validatePlanConsentValues(values, '2026-04-03')).toEqual({
      consentProxyName: '代筆者名を入力してください',
    });
    const verbal = { ...values, consentMethod: 'verbal' as const, consentProxyName: '山田 一郎' };
    expect(planConsentInputFrom(7, verbal)).toEqual({
      id: 7,
      consentOn: '2026-04-03',
      consentMethod: 'verbal',
      consentProxyName: '',
    });
  });
});
