import { withTransaction, type Db, type ReadDb, type WriteTx } from '../../../db/database';
import {
  deleteMeetingCase,
  findMeetingCase,
  insertMeetingCase,
  jusouConsentState,
  updateMeetingCaseMinutes,
  type MeetingCaseMinutes,
} from '../../../db/repositories/meetingCaseRepository';
import {
  actionsOfMeetingCases,
  replaceActions,
} from '../../../db/repositories/meetingActionRepository';
import { decisionCountOfMeetingCase } from '../../../db/repositories/meetingDecisionRepository';
import { stampFor } from '../../../db/repositories/stamp';
import type { MeetingCaseRow, MeetingRow, SupportCaseRow } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import type { MeetingCaseCheck, MeetingView } from '../../contract/schemas/meeting';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit, type AuditAction } from '../audit/appendAudit';
import { requireVisibleCase } from '../cases/visibleRecords';
import type { Clock } from '../clock';
import { getSettings } from '../settings/settingsService';
import {
  cancelledMeetingMessage,
  meetingConflict,
  requireMeeting,
  requireOpenMeeting,
} from './meetingAccess';
import { agendaConsentCheck, requireAgendaConsent } from './meetingConsentRule';
import { reloadMeetingView } from './meetingHeader';

const alreadyOnAgenda = 'このケースは既にこの会議の議題に入っています。';

/** A visible case on this meeting's agenda; NOT_FOUND alike for a hidden case and one not on it. */
export function requireAgendaCase(
  db: ReadDb,
  actor: Actor,
  meetingId: number,
  caseId: number,
): { caseRow: SupportCaseRow; entry: MeetingCaseRow } {
  const caseRow = requireVisibleCase(db, actor, caseId);
  const entry = findMeetingCase(db, meetingId, caseId);
  if (!entry) throw new AppError('NOT_FOUND', 'このケースはこの会議の議題にありません。');
  return { caseRow, entry };
}

/**
 * Whether a case may go on the agenda, before trying (meeting.checkCase): the consent rule of
 * meetingConsentRule.ts; a case already on it is not allowed twice. Hidden cases: NOT_FOUND.
 */
export function checkMeetingCase(
  db: ReadDb,
  actor: Actor,
  input: ParsedInput<'meeting.checkCase'>,
): MeetingCaseCheck {
  const meeting = requireMeeting(db, input.meetingId);
  const caseRow = requireVisibleCase(db, actor, input.caseId);
  if (findMeetingCase(db, meeting.id, caseRow.id)) {
    return { allowed: false, reason: alreadyOnAgenda, suggestedKind: null };
  }
  if (meeting.status === 'cancelled') {
    return { allowed: false, reason: cancelledMeetingMessage, suggestedKind: null };
  }
  const names = getSettings(db).meetingKindNames;
  return agendaConsentCheck(meeting.kind, jusouConsentState(db, caseRow.id), names);
}

function auditAgenda(
  tx: WriteTx,
  actor: Actor,
  at: Date,
  action: AuditAction,
  meeting: MeetingRow,
  caseId: number,
): void {
  appendAudit(tx, {
    at,
    actor,
    action,
    target: { type: 'meeting', id: meeting.id },
    detail: { caseId, kind: meeting.kind },
  });
}

/**
 * Puts a case last on the agenda. At a 重層的支援会議 a case without a current 重層的支援会議での検討
 * consent is refused (CONFLICT, saying why and that 支援会議 may discuss it).
 */
export function addMeetingCase(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'meeting.addCase'>,
): MeetingView {
  return withTransaction(db, (tx) => {
    const meeting = requireOpenMeeting(tx, input.meetingId);
    const caseRow = requireVisibleCase(tx, actor, input.caseId);
    if (findMeetingCase(tx, meeting.id, caseRow.id)) throw meetingConflict(alreadyOnAgenda);
    requireAgendaConsent(
      meeting.kind,
      jusouConsentState(tx, caseRow.id),
      getSettings(tx).meetingKindNames,
    );
    const at = clock.now();
    insertMeetingCase(tx, meeting.id, caseRow.id, stampFor(at, actor.staffId));
    auditAgenda(tx, actor, at, 'meeting.addCase', meeting, caseRow.id);
    return reloadMeetingView(tx, actor, meeting.id);
  });
}

/** Takes a case off the agenda, with its 協議内容, while nothing was decided about it there. */
export function removeMeetingCase(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'meeting.removeCase'>,
): MeetingView {
  return withTransaction(db, (tx) => {
    const meeting = requireOpenMeeting(tx, input.meetingId);
    const { caseRow, entry } = requireAgendaCase(tx, actor, meeting.id, input.caseId);
    if (decisionCountOfMeetingCase(tx, entry.id) > 0) {
      throw meetingConflict('決定事項が記録されたケースは議題から外せません。');
    }
    const at = clock.now();
    deleteMeetingCase(tx, entry.id);
    auditAgenda(tx, actor, at, 'meeting.removeCase', meeting, caseRow.id);
    return reloadMeetingView(tx, actor, meeting.id);
  });
}

/**
 * 協議内容 of one case. Allowed for a flagged case too: the minutes are where the meeting records
 * that it did not discuss it (only new decisions are refused).
 */
export function recordMeetingMinutes(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'meeting.recordMinutes'>,
): MeetingView {
  return withTransaction(db, (tx) => {
    const meeting = requireOpenMeeting(tx, input.meetingId);
    const { caseRow, entry } = requireAgendaCase(tx, actor, meeting.id, input.caseId);
    const sent: MeetingCaseMinutes = {
      minutes: input.minutes,
      ...(input.startTime === undefined ? {} : { startTime: input.startTime }),
      ...(input.endTime === undefined ? {} : { endTime: input.endTime }),
      ...(input.agencyReports === undefined ? {} : { agencyReports: input.agencyReports }),
      ...(input.personWishes === undefined ? {} : { personWishes: input.personWishes }),
    };
    const changed = (Object.keys(sent) as Array<keyof MeetingCaseMinutes>).filter(
      (key) => sent[key] !== entry[key],
    );
    const actions = input.actions?.map((a) => ({
      assignee: a.assignee.trim(),
      content: a.content.trim(),
      dueOn: a.dueOn,
    }));
    const actionsChanged =
      actions !== undefined &&
      JSON.stringify(actions) !==
        JSON.stringify(
          actionsOfMeetingCases(tx, [entry.id]).map((a) => ({
            assignee: a.assignee,
            content: a.content,
            dueOn: a.dueOn,
          })),
        );
    if (changed.length > 0 || actionsChanged) {
      const at = clock.now();
      const stamp = stampFor(at, actor.staffId);
      // The agenda row's stamp is also the minutes' 作成者・作成日 (printMeetingMinutes).
      updateMeetingCaseMinutes(tx, entry.id, sent, stamp);
      if (actions !== undefined && actionsChanged) replaceActions(tx, entry.id, actions, stamp);
      auditAgenda(tx, actor, at, 'meeting.recordMinutes', meeting, caseRow.id);
    }
    return reloadMeetingView(tx, actor, meeting.id);
  });
}
