import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import {
  findMeetingCaseById,
  jusouConsentState,
} from '../../../db/repositories/meetingCaseRepository';
import {
  deleteDecision,
  findDecisionById,
  hasPlanApproval,
  insertDecision,
} from '../../../db/repositories/meetingDecisionRepository';
import { stampFor } from '../../../db/repositories/stamp';
import { findPlanById } from '../../../db/repositories/supportPlanRepository';
import type { MeetingRow, SupportCaseRow, SupportPlanRow } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import type { MeetingDecisionKind, MeetingKind } from '../../contract/meetingCodes';
import type { MeetingView } from '../../contract/schemas/meeting';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { invalidField } from '../cases/caseErrors';
import { todayInJapan } from '../cases/japanDate';
import { findVisibleCase } from '../cases/visibleRecords';
import type { Clock } from '../clock';
import { getSettings } from '../settings/settingsService';
import { meetingConflict, requireOpenMeeting } from './meetingAccess';
import { requireAgendaCase } from './meetingAgenda';
import { requireDecisionConsent, type KindNames } from './meetingConsentRule';
import { reloadMeetingView } from './meetingHeader';
import { applyDecisionEffect, decisionsWithEffect } from './decisionEffects';

type Input = ParsedInput<'meeting.addDecision'>;

// §106-6 支援会議 shares information; plans are approved and cases closed where the person has
// consented (重層的支援会議) or at the office's own ケース会議, never at a 支援会議 or 事例検討.
const decidingKinds: readonly MeetingKind[] = ['jusou', 'case'];
const decidedOnlyThere: readonly MeetingDecisionKind[] = ['planApproval', 'closure'];
// Decisions that are nothing but their text must have some.
const textOnly: readonly MeetingDecisionKind[] = ['roleAssignment', 'evaluation'];
// A plan may be named by プラン承認 (required) and 評価 (which version was evaluated).
const namesPlan: readonly MeetingDecisionKind[] = ['planApproval', 'evaluation'];

function requireKindAllows(meeting: MeetingRow, kind: MeetingDecisionKind, names: KindNames): void {
  if (decidedOnlyThere.includes(kind) && !decidingKinds.includes(meeting.kind)) {
    const what = kind === 'planApproval' ? '支援プランの承認' : 'ケースの終結';
    throw meetingConflict(
      `${names[meeting.kind]}では${what}はできません。${what}は${names.jusou}または${names.case}で決定してください（${names.shien}は情報共有と支援の検討のための会議です）。`,
    );
  }
}

/** The plan a decision names: a version of this case; null when the kind names none. */
function planOfDecision(db: ReadDb, input: Input, caseRow: SupportCaseRow): SupportPlanRow | null {
  if (input.planId === null) return null;
  if (!namesPlan.includes(input.kind)) {
    throw invalidField('planId', 'この決定事項には支援プランを指定できません');
  }
  const plan = findPlanById(db, input.planId);
  if (!plan || plan.caseId !== caseRow.id) {
    throw invalidField('planId', 'このケースの支援プランを選んでください');
  }
  return plan;
}

/**
 * A 決定事項 about a case on the agenda, with its effect on the case or plan (decisionEffects.ts)
 * in the same transaction. Refused: before the meeting's date; at a 重層的支援会議 for a case whose
 * consent is no longer 同意あり; プラン承認 and 終結 at a 支援会議 or 事例検討.
 */
export function addMeetingDecision(db: Db, actor: Actor, clock: Clock, input: Input): MeetingView {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    const meeting = requireOpenMeeting(tx, input.meetingId);
    const { caseRow, entry } = requireAgendaCase(tx, actor, meeting.id, input.caseId);
    const names = getSettings(tx).meetingKindNames;
    if (meeting.heldOn > today) {
      throw meetingConflict('開催日より前に決定事項は記録できません。');
    }
    requireDecisionConsent(meeting.kind, jusouConsentState(tx, caseRow.id), names);
    requireKindAllows(meeting, input.kind, names);
    if (textOnly.includes(input.kind) && input.text.trim() === '') {
      throw invalidField('text', '決定事項の内容を入力してください');
    }
    const plan = planOfDecision(tx, input, caseRow);
    if (input.kind === 'planApproval' && plan && hasPlanApproval(tx, entry.id, plan.id)) {
      throw meetingConflict('この支援プランは既にこの会議で承認されています。');
    }
    const at = clock.now();
    const decision = insertDecision(
      tx,
      {
        meetingCaseId: entry.id,
        kind: input.kind,
        text: input.text,
        planId: input.planId,
        closeReasonCode: input.kind === 'closure' ? (input.closeReasonCode ?? null) : null,
      },
      stampFor(at, actor.staffId),
    );
    appendAudit(tx, {
      at,
      actor,
      action: 'meeting.addDecision',
      target: { type: 'meeting', id: meeting.id },
      detail: {
        caseId: caseRow.id,
        decisionId: decision.id,
        kind: input.kind,
        planId: input.planId,
      },
    });
    applyDecisionEffect(
      tx,
      actor,
      at,
      input.kind,
      {
        meeting,
        caseRow,
        plan,
        decisionId: decision.id,
        text: input.text,
        closeReasonCode: decision.closeReasonCode,
        today,
      },
      names,
    );
    return reloadMeetingView(tx, actor, meeting.id);
  });
}

function decisionNotFound(): AppError {
  return new AppError('NOT_FOUND', '決定事項が見つかりません。');
}

/**
 * Removes a 役割分担 or 評価 (text only, e.g. entered by mistake). Decisions that changed the case
 * or its plan stay: undo their effect on the case or plan screen instead.
 */
export function removeMeetingDecision(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'meeting.removeDecision'>,
): MeetingView {
  return withTransaction(db, (tx) => {
    const decision = findDecisionById(tx, input.id);
    const entry = decision ? findMeetingCaseById(tx, decision.meetingCaseId) : undefined;
    if (!decision || !entry || !findVisibleCase(tx, actor, entry.caseId)) throw decisionNotFound();
    const meeting = requireOpenMeeting(tx, entry.meetingId);
    if (decisionsWithEffect.includes(decision.kind)) {
      throw meetingConflict(
        'ケースや支援プランを変更した決定事項（支援決定・プラン承認・終結）は削除できません。',
      );
    }
    const at = clock.now();
    deleteDecision(tx, decision.id);
    appendAudit(tx, {
      at,
      actor,
      action: 'meeting.removeDecision',
      target: { type: 'meeting', id: meeting.id },
      detail: { caseId: entry.caseId, decisionId: decision.id, kind: decision.kind },
    });
    return reloadMeetingView(tx, actor, meeting.id);
  });
}
