import type { PlanEvaluationView, PlanRowView, PlanView } from '../../../contract/schemas/plan';

/** A 支援内容 row with an agency as 担当 unless told otherwise. */
export function samplePlanRow(overrides: Partial<PlanRowView> = {}): PlanRowView {
  return {
    issue: '母の介護負担',
    content: '要介護認定の申請に同行する',
    assigneeAgencyId: 7,
    assigneeAgencyName: '西地域包括支援センター',
    assigneeStaffId: null,
    assigneeStaffName: null,
    assigneeText: '',
    frequency: '1回',
    period: '4月中',
    ...overrides,
  };
}

/** A 確定 first version of R8-0001 with two goals and three rows, no 本人同意 recorded. */
export function samplePlan(overrides: Partial<PlanView> = {}): PlanView {
  return {
    id: 21,
    caseId: 3,
    version: 1,
    status: 'confirmed',
    supersedesId: null,
    createdOn: '2026-04-10',
    periodFrom: '2026-04-10',
    periodTo: '2026-09-30',
    nextEvaluationOn: '2026-07-10',
    confirmedAt: '2026-04-15T01:00:00.000Z',
    confirmedByName: '相談 一郎',
    consentOn: null,
    lastDecision: null,
    caseNumber: 'R8-0001',
    personId: 11,
    personName: '山田 太郎',
    personKana: 'やまだ たろう',
    personWishes: '母の介護を続けながら、また働きたい',
    householdGoal: '母と二人で安心して暮らせる',
    referralParticipation: true,
    referralOutreach: false,
    confirmedById: 2,
    approvedMeetingId: null,
    consentMethod: null,
    consentProxyName: '',
    supersededById: null,
    issues: [
      { issue: '母の介護負担', background: '日中は一人で介護している' },
      { issue: '収入がない', background: '介護のため離職した' },
    ],
    goals: [
      { id: 31, kind: 'long', text: '安定した収入を得て暮らす' },
      { id: 32, kind: 'short', text: '母が介護サービスを使い始める' },
    ],
    rows: [
      samplePlanRow(),
      samplePlanRow({
        issue: '収入がない',
        content: '就労準備支援につなぐ',
        assigneeAgencyId: null,
        assigneeAgencyName: null,
        assigneeStaffId: 2,
        assigneeStaffName: '相談 一郎',
        frequency: '週1回',
        period: '6か月',
      }),
      samplePlanRow({
        issue: '収入がない',
        content: '家計の見直しを一緒に行う',
        assigneeAgencyId: null,
        assigneeAgencyName: null,
        assigneeText: '家計改善支援員',
        frequency: '月1回',
        period: '',
      }),
    ],
    evaluations: [],
    ...overrides,
  };
}

/** An evaluation of `samplePlan` deciding 見直し on 2026-07-10. */
export function sampleEvaluation(overrides: Partial<PlanEvaluationView> = {}): PlanEvaluationView {
  return {
    id: 41,
    evaluatedOn: '2026-07-10',
    personChange: '表情が明るくなった',
    decision: 'revise',
    comment: '就労の前に生活リズムを整える',
    closeReasonCode: null,
    closeReasonNote: '',
    evaluatedById: 2,
    evaluatedByName: '相談 一郎',
    goals: [
      {
        goalId: 31,
        kind: 'long',
        text: '安定した収入を得て暮らす',
        result: 'notAchieved',
        comment: 'まだ先',
      },
      {
        goalId: 32,
        kind: 'short',
        text: '母が介護サービスを使い始める',
        result: 'achieved',
        comment: 'デイサービス週2回',
      },
    ],
    ...overrides,
  };
}
