import { describe, expect, it } from 'vitest';
import { assigneeFrom, assigneeLabel, assigneeValue } from './planAssignee';
import {
  emptyGoal,
  emptyRow,
  planFieldsFrom,
  planIssuePath,
  planValuesFrom,
  validatePlanValues,
} from './planFormValues';
import { samplePlan } from './plans.testing';

describe('plan form values', () => {
  it('round-trips a saved plan through the form unchanged', () => {
    const plan = samplePlan();
    const fields = planFieldsFrom(planValuesFrom(plan));
    expect(fields).toEqual({
      createdOn: '2026-04-01',
      periodFrom: '2026-04-01',
      periodTo: null,
      nextEvaluationOn: '2026-07-01',
      personWishes: '家で暮らしたい',
      householdGoal: '',
      issues: [{ issue: '収入が少ない', background: '年金のみ' }],
      goals: [
        { kind: 'long', text: '安心して暮らす' },
        { kind: 'short', text: '介護保険を申請する' },
      ],
      rows: plan.rows.map((r) => ({
        issue: r.issue,
        content: r.content,
        assigneeAgencyId: r.assigneeAgencyId,
        assigneeStaffId: r.assigneeStaffId,
        assigneeText: r.assigneeText,
        frequency: r.frequency,
        period: r.period,
      })),
      referralParticipation: true,
      referralOutreach: false,
    });
  });

  it('reads dates typed in 和暦 and leaves an empty 次回評価予定日 to the setting', () => {
    const values = { ...planValuesFrom(samplePlan()), createdOn: 'R8.4.5', nextEvaluationOn: '' };
    const fields = planFieldsFrom(values);
    expect(fields.createdOn).toBe('2026-04-05');
    expect(fields.nextEvaluationOn).toBeNull();
  });

  it('gives each list row its own key', () => {
    const values = planValuesFrom(samplePlan());
    const keys = [...values.goals, ...values.rows, emptyRow(), emptyGoal('short')].map(
      (r) => r.key,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('says in Japanese what is missing, at the row', () => {
    const values = planValuesFrom(samplePlan());
    values.goals[1]!.text = ' ';
    values.rows.push(emptyRow());
    values.periodTo = '2026/3/1';
    values.nextEvaluationOn = '2026/4/1';
    expect(validatePlanValues(values, '2026-05-01')).toEqual({
      'goals.1.text': '目標を入力してください',
      'rows.3.content': '支援内容を入力してください',
      periodTo: '計画期間の終了日は開始日より前にできません',
      nextEvaluationOn: '次回評価予定日は作成日より後にしてください',
    });
  });

  it('refuses a 作成日 in the future', () => {
    const values = planValuesFrom(samplePlan());
    expect(validatePlanValues(values, '2026-03-31').createdOn).toBeDefined();
  });

  it('shows server issues about 担当 at the one 担当 field', () => {
    expect(planIssuePath('rows.2.assigneeStaffId')).toBe('rows.2.assignee');
    expect(planIssuePath('rows.2.assigneeAgencyId')).toBe('rows.2.assignee');
    expect(planIssuePath('goals.1.text')).toBe('goals.1.text');
  });
});

describe('担当', () => {
  it('is one pick value for an agency or a staff member', () => {
    expect(assigneeValue(4, null)).toBe('agency:4');
    expect(assigneeValue(null, 2)).toBe('staff:2');
    expect(assigneeValue(null, null)).toBeNull();
    expect(assigneeFrom('agency:4')).toEqual({ assigneeAgencyId: 4, assigneeStaffId: null });
    expect(assigneeFrom('staff:2')).toEqual({ assigneeAgencyId: null, assigneeStaffId: 2 });
    expect(assigneeFrom(null)).toEqual({ assigneeAgencyId: null, assigneeStaffId: null });
  });

  it('reads as the name and the free text', () => {
    const [agency, staff, free] = samplePlan().rows;
    expect(assigneeLabel(agency!)).toBe('地域包括支援センター');
    expect(assigneeLabel(staff!)).toBe('相談 一郎');
    expect(assigneeLabel({ ...free!, assigneeStaffName: '相談 一郎' })).toBe(
      '相談 一郎・民生委員 田中さん',
    );
  });
});
