import type { ReadDb } from '../../../db/database';
import { findMeetingCase, jusouConsentState } from '../../../db/repositories/meetingCaseRepository';
import { findMeetingById } from '../../../db/repositories/meetingRepository';
import { invalidField } from '../cases/caseErrors';
import { getSettings } from '../settings/settingsService';
import { requireDecisionConsent } from './meetingConsentRule';

/**
 * plan.confirm naming an approving meeting: it must be a 重層的支援会議 or ケース会議, not 中止,
 * with the plan's case on its agenda; at a 重層的支援会議 the case's consent must still hold. The
 * same rules as a プラン承認 decision, so the consent rule cannot be bypassed from the plan screen.
 */
export function requireApprovingMeeting(db: ReadDb, meetingId: number, caseId: number): void {
  const meeting = findMeetingById(db, meetingId);
  if (
    !meeting ||
    meeting.status === 'cancelled' ||
    (meeting.kind !== 'jusou' && meeting.kind !== 'case') ||
    !findMeetingCase(db, meeting.id, caseId)
  ) {
    throw invalidField(
      'approvedMeetingId',
      'このケースが議題にある重層的支援会議またはケース会議を選んでください',
    );
  }
  requireDecisionConsent(
    meeting.kind,
    jusouConsentState(db, caseId),
    getSettings(db).meetingKindNames,
  );
}
