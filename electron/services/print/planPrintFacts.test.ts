import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printTextOf } from './forms/printText.testing';
import { setUpCaseWork, type CaseWorkFixture } from '../cases/caseWork.testing';
import { addMeetingCase } from '../meetings/meetingAgenda';
import { addMeetingDecision } from '../meetings/meetingDecisions';
import { createMeeting } from '../meetings/meetingHeader';
import { meetingInput, recordJusouConsent } from '../meetings/meetings.testing';
import { createPlan } from '../plans/planDraft';
import { caseForPlan, planInput } from '../plans/plans.testing';
import { printPlan } from './printPlan';
import { plansOfCase } from '../../../db/repositories/supportPlanRepository';

let f: CaseWorkFixture;
let caseId: number;

beforeAll(() => {
  f = setUpCaseWork();
  caseId = caseForPlan(f).caseId;
  recordJusouConsent(f, caseId, 'given');
});
afterAll(() => f.cleanup());

function meetingWithCase(heldOn: string, title: string): number {
  const meeting = createMeeting(f.db, f.worker, f.clock, meetingInput('jusou', { heldOn, title }));
  addMeetingCase(f.db, f.worker, f.clock, { meetingId: meeting.id, caseId });
  return meeting.id;
}

/** The case's one plan (a 案 until a meeting approves it). */
function printPlanId(): number {
  return plansOfCase(f.db, caseId)[0]?.plan.id ?? 0;
}

describe('支援プラン print: the approving meeting, 支援決定日, 主担当', () => {
  it('prints a 案 as 案 with 支援決定日 blank until a meeting decides', () => {
    createPlan(f.db, f.worker, f.clock, planInput(caseId));
    const text = printTextOf(printPlan(f.db, f.worker, f.clock, { caseId }).html);
    expect(text).toContain('支援プラン（案）');
    expect(text).toContain('支援決定日 令和 年 月 日');
    expect(text).toMatch(/主担当 相談 一郎 主担当機関/);
  });

  it('names the 重層的支援会議 that approved the version and the day support was decided', () => {
    const decided = meetingWithCase('2026-04-10', '4月定例');
    addMeetingDecision(f.db, f.worker, f.clock, {
      meetingId: decided,
      caseId,
      kind: 'supportDecision',
      text: '',
      planId: null,
    });
    const approved = meetingWithCase('2026-04-24', '4月臨時');
    f.clock.set('2026-04-24T06:00:00.000Z');
    const plan = printPlanId();
    addMeetingDecision(f.db, f.worker, f.clock, {
      meetingId: approved,
      caseId,
      kind: 'planApproval',
      text: '',
      planId: plan,
    });
    const text = printTextOf(printPlan(f.db, f.worker, f.clock, { caseId }).html);
    expect(text).toContain('承認した会議 重層的支援会議 4月臨時 令和8年4月24日');
    expect(text).toContain('支援決定日 令和8年4月10日');
    expect(text).not.toContain('（案）');
  });
});
