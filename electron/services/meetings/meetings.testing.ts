import { count } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import {
  auditLog,
  meeting,
  meetingAttendee,
  meetingCase,
  meetingDecision,
  supportCase,
  supportPlan,
} from '../../../db/schema';
import type { ConsentState } from '../../contract/caseCodes';
import type { MeetingKind } from '../../contract/meetingCodes';
import { consentRecordInput } from '../../contract/schemas/caseWork';
import { meetingCreateInput } from '../../contract/schemas/meeting';
import type { CallInput, ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import type { CaseWorkFixture } from '../cases/caseWork.testing';
import { recordConsent } from '../cases/recordConsent';

/** A meeting of `kind` on 2026-04-10 (the day caseForPlan leaves the clock at), as the form sends it. */
export function meetingInput(
  kind: MeetingKind,
  overrides: Partial<CallInput<'meeting.create'>> = {},
): ParsedInput<'meeting.create'> {
  return meetingCreateInput.parse({
    kind,
    title: '4月定例',
    heldOn: '2026-04-10',
    startTime: '14:00',
    endTime: '15:30',
    place: '役場2階 会議室',
    ...overrides,
  });
}

/** Records the case's 重層的支援会議での検討 consent in `state` on `recordedOn`. */
export function recordJusouConsent(
  f: CaseWorkFixture,
  caseId: number,
  state: ConsentState,
  actor: Actor = f.worker,
  recordedOn = '2026-04-10',
): void {
  recordConsent(
    f.db,
    actor,
    f.clock,
    consentRecordInput.parse({
      caseId,
      kind: 'jusouMeeting',
      state,
      recordedOn,
      method: state === 'given' ? 'signature' : null,
    }),
  );
}

/** Row counts of the meeting tables, the cases, the plans and the audit log. */
export function countMeetingRows(db: Db): Record<string, number> {
  const tables = {
    meeting,
    meetingAttendee,
    meetingCase,
    meetingDecision,
    supportCase,
    supportPlan,
    auditLog,
  };
  return Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [
      name,
      db.select({ n: count() }).from(table).get()?.n ?? 0,
    ]),
  );
}
