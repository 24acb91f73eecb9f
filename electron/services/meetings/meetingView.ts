import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import { actionsOfMeetingCases } from '../../../db/repositories/meetingActionRepository';
import { attendeesOfMeeting } from '../../../db/repositories/meetingAttendeeRepository';
import { agendaOfMeeting } from '../../../db/repositories/meetingCaseRepository';
import { decisionsOfMeetingCases } from '../../../db/repositories/meetingDecisionRepository';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { supportCase, type MeetingRow } from '../../../db/schema';
import type {
  MeetingActionView,
  MeetingCaseView,
  MeetingDecisionView,
  MeetingSummary,
  MeetingView,
} from '../../contract/schemas/meeting';
import type { Actor } from '../audit/actor';
import { visibleCaseSql, visibleHouseholdSql } from '../cases/caseAccess';
import { getSettings } from '../settings/settingsService';
import { consentWarning, type KindNames } from './meetingConsentRule';

type DecisionRow = ReturnType<typeof decisionsOfMeetingCases>[number];

export function toDecisionView({
  decision,
  planVersion,
  planStatus,
}: DecisionRow): MeetingDecisionView {
  return {
    id: decision.id,
    kind: decision.kind,
    text: decision.text,
    planId: decision.planId,
    planVersion,
    planStatus,
    closeReasonCode: decision.closeReasonCode,
    createdAt: decision.createdAt,
  };
}

/** Decisions grouped by agenda entry (meeting_case id), each group in the order recorded. */
export function decisionsByMeetingCase(
  db: ReadDb,
  meetingCaseIds: readonly number[],
): Map<number, MeetingDecisionView[]> {
  const grouped = new Map<number, MeetingDecisionView[]>();
  for (const row of decisionsOfMeetingCases(db, meetingCaseIds)) {
    const id = row.decision.meetingCaseId;
    grouped.set(id, [...(grouped.get(id) ?? []), toDecisionView(row)]);
  }
  return grouped;
}

export function toMeetingSummary(
  row: MeetingRow,
  counts: { caseCount: number; attendeeCount: number },
  names: KindNames,
): MeetingSummary {
  return {
    id: row.id,
    kind: row.kind,
    kindName: names[row.kind],
    title: row.title,
    heldOn: row.heldOn,
    startTime: row.startTime,
    endTime: row.endTime,
    place: row.place,
    status: row.status,
    caseCount: counts.caseCount,
    attendeeCount: counts.attendeeCount,
    nextMeetingOn: row.nextMeetingOn,
  };
}

/**
 * The 閲覧制限 rule of cases/visibleRecords.ts as one SQL condition over support_case: the case
 * rule, and no restricted case the actor may not see in its household.
 */
export function visibleAgendaSql(actor: Actor) {
  return sql`(${visibleCaseSql(actor, 'support_case')} AND ${visibleHouseholdSql(actor, sql`${supportCase.householdId}`)})`;
}

/**
 * A meeting as its screen shows it to `actor`: cases the actor may not see are left out and only
 * counted (hiddenCaseCount); at a 重層的支援会議 a case without a current consent is flagged.
 */
export function buildMeetingView(db: ReadDb, actor: Actor, row: MeetingRow): MeetingView {
  const names = getSettings(db).meetingKindNames;
  const agenda = agendaOfMeeting(db, row.id, visibleAgendaSql(actor));
  const shown = agenda.filter((item) => item.visible === 1);
  const decisions = decisionsByMeetingCase(
    db,
    shown.map((item) => item.meetingCaseId),
  );
  const actions = new Map<number, MeetingActionView[]>();
  for (const a of actionsOfMeetingCases(
    db,
    shown.map((item) => item.meetingCaseId),
  )) {
    const view = { id: a.id, assignee: a.assignee, content: a.content, dueOn: a.dueOn };
    actions.set(a.meetingCaseId, [...(actions.get(a.meetingCaseId) ?? []), view]);
  }
  const cases = shown.map((item): MeetingCaseView => ({
    caseId: item.caseId,
    caseNumber: item.caseNumber,
    personName: item.personName,
    personKana: item.personKana,
    stage: item.stage,
    chiefComplaint: item.chiefComplaint,
    position: item.position,
    startTime: item.startTime,
    endTime: item.endTime,
    minutes: item.minutes,
    agencyReports: item.agencyReports,
    personWishes: item.personWishes,
    actions: actions.get(item.meetingCaseId) ?? [],
    consentState: item.consentState,
    consentWarning: consentWarning(row.kind, item.consentState),
    decisions: decisions.get(item.meetingCaseId) ?? [],
  }));
  const attendees = attendeesOfMeeting(db, row.id).map(({ attendee, agencyName }) => ({
    id: attendee.id,
    staffId: attendee.staffId,
    agencyId: attendee.agencyId,
    agencyName,
    name: attendee.name,
    affiliation: attendee.affiliation,
    role: attendee.role,
    confidentialityAckOn: attendee.confidentialityAckOn,
  }));
  const chair = row.chairStaffId === null ? undefined : findStaffById(db, row.chairStaffId);
  return {
    ...toMeetingSummary(row, { caseCount: agenda.length, attendeeCount: attendees.length }, names),
    chairStaffId: row.chairStaffId,
    chairStaffName: chair?.displayName ?? null,
    chairName: row.chairName,
    generalMinutes: row.generalMinutes,
    nextMeetingNote: row.nextMeetingNote,
    attendees,
    cases,
    hiddenCaseCount: agenda.length - shown.length,
    editable: actor.role !== 'viewer',
  };
}
