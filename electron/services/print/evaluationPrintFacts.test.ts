import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpCaseWork, type CaseWorkFixture } from '../cases/caseWork.testing';
import { addMeetingCase } from '../meetings/meetingAgenda';
import { addMeetingDecision } from '../meetings/meetingDecisions';
import { createMeeting } from '../meetings/meetingHeader';
import { meetingInput, recordJusouConsent } from '../meetings/meetings.testing';
import { confirmPlan } from '../plans/confirmPlan';
import { evaluatePlan } from '../plans/evaluatePlan';
import { createPlan } from '../plans/planDraft';
import { caseForPlan, evaluationInput, planInput } from '../plans/plans.testing';
import type { PlanView } from '../../contract/schemas/plan';
import { printTextOf } from './forms/printText.testing';
import { printEvaluation } from './printEvaluation';

let f: CaseWorkFixture;
let caseId: number;
let plan: PlanView;
let firstId: number;

beforeAll(() => {
  f = setUpCaseWork();
  caseId = caseForPlan(f).caseId;
  recordJusouConsent(f, caseId, 'given');
  const draft = createPlan(f.db, f.worker, f.clock, planInput(caseId));
  plan = confirmPlan(f.db, f.worker, f.clock, { id: draft.id, approvedMeetingId: null });
  f.clock.set('2026-07-20T01:00:00.000Z');
  const first = evaluatePlan(
    f.db,
    f.worker,
    f.clock,
    evaluationInput(plan, 'continue', {
      evaluatedOn: '2026-07-10',
      nextEvaluationOn: '2026-10-10',
    }),
  );
  firstId = first.plan.evaluations[0]!.id;
  const meeting = createMeeting(
    f.db,
    f.worker,
    f.clock,
    meetingInput('jusou', { heldOn: '2026-07-15', title: '7月定例' }),
  );
  addMeetingCase(f.db, f.worker, f.clock, { meetingId: meeting.id, caseId });
  addMeetingDecision(f.db, f.worker, f.clock, {
    meetingId: meeting.id,
    caseId,
    kind: 'evaluation',
    text: '継続を確認',
    planId: null,
  });
  f.clock.set('2026-10-12T01:00:00.000Z');
  evaluatePlan(
    f.db,
    f.worker,
    f.clock,
    evaluationInput(plan, 'close', {
      evaluatedOn: '2026-10-10',
      closeReasonCode: 'moved',
      closeReasonNote: '町外の親族宅へ転居',
    }),
  );
});
afterAll(() => f.cleanup());

describe('評価シート of any evaluation', () => {
  it('prints the latest by default: 終結 with the 終結理由 choices and the recorded reason', () => {
    const text = printTextOf(printEvaluation(f.db, f.worker, f.clock, { planId: plan.id }).html);
    expect(text).toContain('評価日 令和8年10月10日');
    expect(text).toContain('評価者 相談 一郎');
    expect(text).toContain('終結理由');
    for (const reason of [
      '目標達成',
      '他機関へ引継ぎ',
      '転居',
      '連絡がとれない',
      '死亡',
      '本人の希望',
    ]) {
      expect(text).toContain(reason);
    }
    // The reason chosen on the evaluation, marked, with its 補足; the others unmarked.
    expect(text).toContain('● 転居');
    expect(text).toContain('○ 目標達成');
    expect(text).toContain('補足：町外の親族宅へ転居');
    expect(text).not.toContain('次回評価予定日：');
  });

  it('prints an older 継続 evaluation with its next 評価予定日 and the meeting that confirmed it', () => {
    const printed = printEvaluation(f.db, f.worker, f.clock, {
      planId: plan.id,
      evaluationId: firstId,
    });
    const text = printTextOf(printed.html);
    expect(text).toContain('評価日 令和8年7月10日');
    expect(text).toContain('● 継続');
    expect(text).toMatch(/次回評価予定日： ?令和8年10月10日 ?（この日に次の評価を実施）/);
    expect(text).toContain('確認した会議 重層的支援会議 7月定例 令和8年7月15日');
    expect(text).not.toContain('終結理由');
  });

  it('refuses an evaluation of another version (NOT_FOUND)', () => {
    expect(() =>
      printEvaluation(f.db, f.worker, f.clock, { planId: plan.id, evaluationId: firstId + 100 }),
    ).toThrow('この支援プランの評価はまだありません。');
  });
});
