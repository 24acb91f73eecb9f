import type { consent } from '../../db/schema';
import type { ConsentKind, ConsentMethod, ConsentState } from '../../electron/contract/caseCodes';
import type { CaseDraft, DetailContext } from './buildCase';
import { consentNotes } from './caseTexts';
import { isoDateOf, stampOf, workingDay } from './demoCalendar';
import type { ConsentOutcome } from './demoDecks';
import type { InsertRow } from './demoInserts';

export type ConsentDraft = { row: InsertRow<typeof consent>; agencyIds: readonly number[] };

/**
 * The case's 本人同意 history: 相談申込 for every case, 情報共有 once agencies are involved,
 * 重層的支援会議 for 多機関協働 cases. A 撤回 is a 同意あり row followed by a 撤回 row, as the
 * app records it. Also says whether the meeting may discuss the case (else it is a 支援会議).
 */
export function buildConsents(
  ctx: DetailContext,
  draft: CaseDraft,
  caseId: number,
): { consents: ConsentDraft[]; jusouGiven: boolean } {
  const { rng, decks } = ctx;
  const { slot, endDay } = draft;
  const consents: ConsentDraft[] = [];

  const application: ConsentOutcome =
    slot.stage === 'intake'
      ? decks.intakeApplication.draw()
      : draft.row.outreach && rng.chance(0.3)
        ? rng.chance(0.5)
          ? 'unconfirmed'
          : 'refused'
        : slot.stage === 'suspended' && rng.chance(0.4)
          ? 'withdrawn'
          : 'given';
  const applicationDay = rng.chance(0.7)
    ? slot.receivedDay
    : workingDay(Math.min(slot.receivedDay + rng.int(1, 14), endDay), slot.receivedDay, endDay);
  consents.push(...rows(ctx, draft, caseId, 'application', application, applicationDay, []));

  if (slot.stage !== 'intake' && draft.agencies.length > 0) {
    const day = workingDay(
      Math.min(slot.receivedDay + rng.int(0, 30), endDay),
      slot.receivedDay,
      endDay,
    );
    const agencyIds = draft.agencies.map((a) => a.agency.id);
    consents.push(
      ...rows(ctx, draft, caseId, 'infoSharing', decks.infoSharing.draw(), day, agencyIds),
    );
  }

  let jusouGiven = false;
  if (draft.coordinationDay !== null) {
    const outcome = decks.jusouMeeting.draw();
    jusouGiven = outcome === 'given';
    consents.push(...rows(ctx, draft, caseId, 'jusouMeeting', outcome, draft.coordinationDay, []));
  }
  return { consents, jusouGiven };
}

function rows(
  ctx: DetailContext,
  draft: CaseDraft,
  caseId: number,
  kind: ConsentKind,
  outcome: ConsentOutcome,
  day: number,
  agencyIds: readonly number[],
): ConsentDraft[] {
  if (outcome !== 'withdrawn') {
    return [row(ctx, draft, caseId, kind, outcome, day, outcome === 'given' ? agencyIds : [])];
  }
  const withdrawnDay = workingDay(
    Math.min(day + ctx.rng.int(14, 180), draft.endDay),
    day,
    draft.endDay,
  );
  return [
    row(ctx, draft, caseId, kind, 'given', day, agencyIds),
    row(ctx, draft, caseId, kind, 'withdrawn', Math.max(day, withdrawnDay), []),
  ];
}

function row(
  ctx: DetailContext,
  draft: CaseDraft,
  caseId: number,
  kind: ConsentKind,
  state: ConsentState,
  day: number,
  agencyIds: readonly number[],
): ConsentDraft {
  const { rng } = ctx;
  const proxyWriter = draft.members.find((m) => m.id !== draft.row.personId && m.adult);
  let method: ConsentMethod | null = null;
  if (state === 'given') method = ctx.decks.method.draw();
  if (state === 'refused') method = 'verbal';
  if (state === 'withdrawn') method = rng.chance(0.5) ? 'verbal' : 'signature';
  if (method === 'proxy' && proxyWriter === undefined) method = 'signature';
  const stamp = stampOf(day, 600 + 5 * rng.int(0, 72));
  return {
    agencyIds,
    row: {
      caseId,
      personId: draft.row.personId,
      kind,
      state,
      recordedOn: isoDateOf(day),
      method,
      proxyName: method === 'proxy' && proxyWriter ? proxyWriter.name : '',
      obtainedBy: state === 'unconfirmed' ? null : draft.mainStaffId,
      note: rng.pick(consentNotes[state]),
      createdAt: stamp,
      updatedAt: stamp,
      createdBy: ctx.actorStaffId,
      updatedBy: ctx.actorStaffId,
    },
  };
}
