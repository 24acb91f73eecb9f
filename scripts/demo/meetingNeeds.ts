import type { CloseReason } from '../../electron/contract/caseCodes';
import type { PlanStatus } from '../../electron/contract/planCodes';
import { afterWithdrawalRole, decisionTexts } from './meetingTexts';
import type { DecisionDraft, DemoMeetingKind, Placement } from './meetingSessions';
import type { Rng } from './rng';

/** What the generated data says about a 多機関協働 case, as the meeting pass reads it back. */
export type MeetingCaseFacts = {
  caseId: number;
  coordinationDay: number;
  /** Its 終結日, or null while open. */
  closedDay: number | null;
  closeReason: string;
  closeReasonCode: CloseReason | null;
  /** When 重層的支援会議での検討 was first 同意あり, and when that was withdrawn (null: never). */
  consentDay: number | null;
  withdrawnDay: number | null;
  plans: ReadonlyArray<{ id: number; status: PlanStatus; createdDay: number }>;
  /** The agencies involved and their 役割分担, in the order linked. */
  agencies: ReadonlyArray<{ agencyId: number; name: string; role: string }>;
};

/** A sitting a case needs: the kind, the days it may be held in, and what it decides. */
export type MeetingNeed = {
  kind: DemoMeetingKind;
  earliest: number;
  latest: number;
  mode: Placement;
  decisions: DecisionDraft[];
  /** プラン承認 of this plan: the plan records the sitting as approving it. */
  approvesPlanId?: number;
};

const noEnd = Number.MAX_SAFE_INTEGER;

/** 役割分担 as one line per agency, `機関名：役割`; none when no agency has a role. */
function roleDecisions(facts: MeetingCaseFacts): DecisionDraft[] {
  const lines = facts.agencies.filter((a) => a.role !== '').map((a) => `${a.name}：${a.role}`);
  return lines.length === 0
    ? []
    : [{ kind: 'roleAssignment', text: lines.join('\n'), planId: null }];
}

/**
 * The consent rule decides the kind: a case is discussed at a 重層的支援会議 only between its
 * consent and a withdrawal, otherwise at a 支援会議 (§106-6). With consent: 支援決定 and 役割分担
 * at the first sitting, プラン承認 of each 確定 version within weeks of its 作成日, the next sitting
 * for a 案 not yet approved, and 終結 at the last sitting before the case closed. Without: 役割分担
 * at a 支援会議, sometimes a follow-up 評価, and one after a withdrawal.
 */
export function meetingNeeds(rng: Rng, facts: MeetingCaseFacts, today: number): MeetingNeed[] {
  const needs: MeetingNeed[] = [];
  const open = Math.min(today, facts.closedDay ?? noEnd);
  const consentEnd = facts.withdrawnDay === null ? noEnd : facts.withdrawnDay - 1;
  const pick = (kind: keyof typeof decisionTexts) => rng.pick(decisionTexts[kind]);

  // Before consent (or without it): information shared at a 支援会議.
  const shienUntil = Math.min(open, (facts.consentDay ?? noEnd) - 1);
  if (facts.coordinationDay <= shienUntil) {
    const earliest = facts.coordinationDay;
    needs.push({
      kind: 'shien',
      earliest,
      latest: Math.min(shienUntil, earliest + 35),
      mode: 'first',
      decisions: roleDecisions(facts),
    });
    if (rng.chance(0.4)) {
      needs.push({
        kind: 'shien',
        earliest: earliest + 84,
        latest: Math.min(shienUntil, earliest + 130),
        mode: 'first',
        decisions: [{ kind: 'evaluation', text: pick('evaluation'), planId: null }],
      });
    }
  }

  if (facts.consentDay !== null) {
    const from = Math.max(facts.coordinationDay, facts.consentDay);
    const until = Math.min(open, consentEnd);
    needs.push({
      kind: 'jusou',
      earliest: from,
      latest: Math.min(until, from + 40),
      mode: 'first',
      decisions: [
        { kind: 'supportDecision', text: pick('supportDecision'), planId: null },
        ...roleDecisions(facts),
      ],
    });
    for (const plan of facts.plans) {
      if (plan.createdDay < from || plan.createdDay > consentEnd) continue;
      const upcoming = plan.status === 'draft';
      needs.push({
        kind: 'jusou',
        // A 案 goes on the next sitting to come (planned, nothing decided yet).
        earliest: upcoming ? today + 1 : plan.createdDay,
        latest: upcoming
          ? facts.withdrawnDay === null
            ? today + 40
            : -1
          : Math.min(until, plan.createdDay + 40),
        mode: 'first',
        decisions: upcoming
          ? []
          : [{ kind: 'planApproval', text: pick('planApproval'), planId: plan.id }],
        ...(upcoming ? {} : { approvesPlanId: plan.id }),
      });
    }
    if (facts.closedDay !== null && facts.closedDay <= consentEnd) {
      needs.push({
        kind: 'jusou',
        earliest: from,
        latest: facts.closedDay,
        mode: 'last',
        decisions: [
          {
            kind: 'closure',
            text: facts.closeReason,
            planId: null,
            closeReasonCode: facts.closeReasonCode,
          },
        ],
      });
    }
  }

  if (facts.withdrawnDay !== null && facts.withdrawnDay <= open && rng.chance(0.5)) {
    needs.push({
      kind: 'shien',
      earliest: facts.withdrawnDay,
      latest: Math.min(open, facts.withdrawnDay + 60),
      mode: 'first',
      decisions: [{ kind: 'roleAssignment', text: afterWithdrawalRole, planId: null }],
    });
  }
  return needs;
}
