import type { ReadDb } from '../../../db/database';
import { meetingsOfCase } from '../../../db/repositories/meetingCaseRepository';
import { decisionsOfMeetingCases } from '../../../db/repositories/meetingDecisionRepository';
import { findMeetingById } from '../../../db/repositories/meetingRepository';
import type { CaseDetail } from '../../contract/schemas/caseWork';
import type { PlanView } from '../../contract/schemas/plan';
import { getSettings } from '../settings/settingsService';
import type { PlanPrintFacts } from './forms/supportPlanFormHtml';

/**
 * What the 支援プラン prints besides the plan itself: 主担当 and 主担当機関 of the case, the meeting
 * that approved this version (プラン承認) and the 支援決定日 — the day a meeting decided support
 * (支援決定) for the case, else the approving meeting's day.
 */
export function planPrintFacts(db: ReadDb, detail: CaseDetail, plan: PlanView): PlanPrintFacts {
  const names = getSettings(db).meetingKindNames;
  const approving =
    plan.approvedMeetingId === null ? undefined : findMeetingById(db, plan.approvedMeetingId);
  const agenda = meetingsOfCase(db, detail.id);
  const heldOnOf = new Map(agenda.map((m) => [m.meetingCaseId, m.meeting.heldOn]));
  const decidedOn = decisionsOfMeetingCases(
    db,
    agenda.map((m) => m.meetingCaseId),
  )
    .filter((d) => d.decision.kind === 'supportDecision')
    .map((d) => heldOnOf.get(d.decision.meetingCaseId) ?? '')
    .filter((date) => date !== '')
    .sort()[0];
  return {
    mainStaffName: detail.mainStaffName,
    mainAgencyName: detail.mainAgencyName,
    approvingMeeting:
      approving === undefined
        ? null
        : { kindName: names[approving.kind], title: approving.title, heldOn: approving.heldOn },
    supportDecidedOn: decidedOn ?? approving?.heldOn ?? null,
  };
}
