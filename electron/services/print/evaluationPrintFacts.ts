import type { ReadDb } from '../../../db/database';
import { meetingsOfCase } from '../../../db/repositories/meetingCaseRepository';
import { decisionsOfMeetingCases } from '../../../db/repositories/meetingDecisionRepository';
import type { CaseDetail } from '../../contract/schemas/caseWork';
import type { PlanEvaluationView, PlanView } from '../../contract/schemas/plan';
import { getSettings } from '../settings/settingsService';
import type { EvaluationPrintFacts } from './forms/evaluationSheetHtml';

/**
 * What the 評価シート prints besides the evaluation: the meeting that confirmed it (the first
 * meeting on or after the 評価日 that recorded an 評価 or 終結 decision for the case, before the
 * version's next evaluation), the next 評価予定日 after a 継続 (the plan's, for its latest
 * evaluation; else the day the next one was made), and the case's recorded 終結理由.
 */
export function evaluationPrintFacts(
  db: ReadDb,
  detail: CaseDetail,
  plan: PlanView,
  evaluation: PlanEvaluationView,
): EvaluationPrintFacts {
  const names = getSettings(db).meetingKindNames;
  // Newest first: the evaluation after this one comes just before it in the list.
  const index = plan.evaluations.findIndex((e) => e.id === evaluation.id);
  const next = index > 0 ? plan.evaluations[index - 1] : undefined;
  const agenda = meetingsOfCase(db, detail.id);
  const confirming = new Set(
    decisionsOfMeetingCases(
      db,
      agenda.map((m) => m.meetingCaseId),
    )
      .filter((d) => d.decision.kind === 'evaluation' || d.decision.kind === 'closure')
      .map((d) => d.decision.meetingCaseId),
  );
  const meeting = agenda
    .filter((m) => confirming.has(m.meetingCaseId))
    .map((m) => m.meeting)
    .filter((m) => m.heldOn >= evaluation.evaluatedOn)
    .filter((m) => next === undefined || m.heldOn < next.evaluatedOn)
    .sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : a.id - b.id))[0];
  return {
    confirmingMeeting:
      meeting === undefined
        ? null
        : { kindName: names[meeting.kind], title: meeting.title, heldOn: meeting.heldOn },
    nextEvaluation:
      evaluation.decision !== 'continue'
        ? null
        : next === undefined
          ? { on: plan.nextEvaluationOn, held: false }
          : { on: next.evaluatedOn, held: true },
    closeReason:
      evaluation.decision !== 'close'
        ? { code: null, note: '' }
        : evaluation.closeReasonCode !== null
          ? { code: evaluation.closeReasonCode, note: evaluation.closeReasonNote }
          : { code: detail.closeReasonCode, note: detail.closeReason },
  };
}
