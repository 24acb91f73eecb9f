import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingKind } from '../../contract/meetingCodes';
import { refusal, setUpCaseWork, type CaseWorkFixture } from '../cases/caseWork.testing';
import { confirmPlan } from '../plans/confirmPlan';
import { createPlan } from '../plans/planDraft';
import { caseForPlan, planInput } from '../plans/plans.testing';
import { addMeetingCase, checkMeetingCase } from './meetingAgenda';
import { createMeeting, updateMeeting } from './meetingHeader';
import { meetingInput, recordJusouConsent } from './meetings.testing';

let f: CaseWorkFixture;
let caseId: number;
let draftId: number;

beforeEach(() => {
  f = setUpCaseWork();
  caseId = caseForPlan(f).caseId;
  draftId = createPlan(f.db, f.worker, f.clock, planInput(caseId)).id;
  recordJusouConsent(f, caseId, 'given');
});
afterEach(() => f.cleanup());

function meeting(kind: MeetingKind, withCase = true): number {
  const id = createMeeting(f.db, f.worker, f.clock, meetingInput(kind)).id;
  if (withCase) addMeetingCase(f.db, f.worker, f.clock, { meetingId: id, caseId });
  return id;
}

const confirm = (approvedMeetingId: number) => () =>
  confirmPlan(f.db, f.worker, f.clock, { id: draftId, approvedMeetingId });

describe('plan.confirm naming the approving meeting', () => {
  it('takes a 重層的支援会議 whose agenda holds the case', () => {
    const jusou = meeting('jusou');
    expect(confirm(jusou)()).toMatchObject({ status: 'confirmed' });
  });

  it('refuses a 支援会議, a meeting without the case, one that does not exist, and a 中止 one', () => {
    const cancelled = meeting('case');
    updateMeeting(f.db, f.worker, f.clock, {
      ...meetingInput('case'),
      id: cancelled,
      kind: undefined,
      status: 'cancelled',
    });
    for (const meetingId of [meeting('shien'), meeting('jusou', false), 999, cancelled]) {
      expect(refusal(confirm(meetingId))).toMatchObject({
        code: 'VALIDATION',
        paths: ['approvedMeetingId'],
      });
    }
    expect(
      checkMeetingCase(f.db, f.worker, { meetingId: cancelled, caseId: caseId }),
    ).toMatchObject({
      allowed: false,
      suggestedKind: null,
    });
  });

  it('refuses a 重層的支援会議 once the consent was withdrawn', () => {
    const jusou = meeting('jusou');
    recordJusouConsent(f, caseId, 'withdrawn');
    expect(refusal(confirm(jusou)).code).toBe('CONFLICT');
  });
});
