import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import { meetingsOfCase } from '../../../db/repositories/meetingCaseRepository';
import { listMeetingRows } from '../../../db/repositories/meetingRepository';
import type { CaseMeetingEntry, MeetingSummary, MeetingView } from '../../contract/schemas/meeting';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { requireVisibleCase } from '../cases/visibleRecords';
import type { Clock } from '../clock';
import { getSettings } from '../settings/settingsService';
import { requireMeeting } from './meetingAccess';
import { buildMeetingView, decisionsByMeetingCase, toMeetingSummary } from './meetingView';

/** Opens a meeting: NOT_FOUND when missing; hidden cases are only counted; audited as a view. */
export function getMeeting(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'meeting.get'>,
): MeetingView {
  return withTransaction(db, (tx) => {
    const row = requireMeeting(tx, input.id);
    const view = buildMeetingView(tx, actor, row);
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'meeting.view',
      target: { type: 'meeting', id: row.id },
      detail: { caseIds: view.cases.map((c) => c.caseId), hiddenCaseCount: view.hiddenCaseCount },
    });
    return view;
  });
}

/**
 * Meetings in the period, newest first, of one kind if asked: headers and counts only (no case
 * is named, so the list is not audited; opening one is meeting.get).
 */
export function listMeetings(db: ReadDb, input: ParsedInput<'meeting.list'>): MeetingSummary[] {
  const names = getSettings(db).meetingKindNames;
  return listMeetingRows(db, input).map(({ meeting, caseCount, attendeeCount }) =>
    toMeetingSummary(meeting, { caseCount, attendeeCount }, names),
  );
}

/**
 * The meetings a case the actor may see was discussed at, newest first, with its 協議内容 and
 * 決定事項 there (the case timeline; opening the case was audited as case.view).
 */
export function meetingsForCase(
  db: ReadDb,
  actor: Actor,
  input: ParsedInput<'meeting.forCase'>,
): CaseMeetingEntry[] {
  const caseRow = requireVisibleCase(db, actor, input.caseId);
  const names = getSettings(db).meetingKindNames;
  const rows = meetingsOfCase(db, caseRow.id);
  const decisions = decisionsByMeetingCase(
    db,
    rows.map((r) => r.meetingCaseId),
  );
  return rows.map(({ meeting, meetingCaseId, minutes }) => ({
    meetingId: meeting.id,
    kind: meeting.kind,
    kindName: names[meeting.kind],
    title: meeting.title,
    heldOn: meeting.heldOn,
    status: meeting.status,
    minutes,
    decisions: decisions.get(meetingCaseId) ?? [],
  }));
}
