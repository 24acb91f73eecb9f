import type { ConsentState } from '../../contract/caseCodes';
import { consentStates } from '../../contract/caseCodes';
import type { MeetingKind } from '../../contract/meetingCodes';
import type { MeetingCaseCheck } from '../../contract/schemas/meeting';
import { meetingConflict } from './meetingAccess';

/** The office's names of the meeting kinds (a setting). */
export type KindNames = Record<MeetingKind, string>;

/** Kinds whose agenda needs the person's consent to 重層的支援会議での検討 (社会福祉法 §106-6 is the other way). */
const consentRequired: readonly MeetingKind[] = ['jusou'];

function stateText(state: ConsentState): string {
  switch (state) {
    case 'unconfirmed':
      return 'まだ確認されていません';
    case 'refused':
      return '得られていません（同意なし）';
    case 'withdrawn':
      return '撤回されています';
    case 'given':
      return consentStates.labels.given;
  }
}

/**
 * The consent rule: a case goes on a 重層的支援会議 agenda only while its current 重層的支援会議での
 * 検討 consent is 同意あり; 支援会議 (§106-6, members bound by 守秘義務), ケース会議 and 事例検討 take
 * any case. A refusal says why and offers 支援会議 instead.
 */
export function agendaConsentCheck(
  kind: MeetingKind,
  state: ConsentState,
  names: KindNames,
): MeetingCaseCheck {
  if (!consentRequired.includes(kind) || state === 'given') {
    return { allowed: true, reason: null, suggestedKind: null };
  }
  return {
    allowed: false,
    reason:
      `このケースは「重層的支援会議での検討」への本人同意が${stateText(state)}。` +
      `本人の同意がないケースは${names.jusou}の議題にできません。` +
      `同意を得て記録するか、${names.shien}（社会福祉法第106条の6。構成員に守秘義務があります）で検討してください。`,
    suggestedKind: 'shien',
  };
}

/** Refuses (CONFLICT) what agendaConsentCheck does not allow. */
export function requireAgendaConsent(
  kind: MeetingKind,
  state: ConsentState,
  names: KindNames,
): void {
  const check = agendaConsentCheck(kind, state, names);
  if (!check.allowed) throw meetingConflict(check.reason ?? '');
}

/**
 * At a 重層的支援会議, a case on the agenda whose consent is no longer 同意あり (withdrawn, or never
 * recorded when it was added some other way) is flagged; null otherwise and at other kinds.
 */
export function consentWarning(kind: MeetingKind, state: ConsentState): string | null {
  if (!consentRequired.includes(kind) || state === 'given') return null;
  return `「重層的支援会議での検討」への本人同意が${stateText(state)}（現在：${consentStates.labels[state]}）。この会議ではこのケースを協議・決定できません。`;
}

/**
 * New decisions on a flagged case are refused: without consent its plan may not be approved, nor
 * anything else decided about it, at a 重層的支援会議. Decisions made before stay as recorded.
 */
export function requireDecisionConsent(
  kind: MeetingKind,
  state: ConsentState,
  names: KindNames,
): void {
  if (consentWarning(kind, state) === null) return;
  throw meetingConflict(
    `このケースは「重層的支援会議での検討」への本人同意が${stateText(state)}。` +
      `同意のないケースについて${names.jusou}で決定することはできません。` +
      `同意を記録し直すか、${names.shien}で情報を共有してください。`,
  );
}
