import { eq } from 'drizzle-orm';
import type { Field, Route, Stage } from '../../electron/contract/caseCodes';
import type { MatchStatus, OutreachResult } from '../../electron/contract/communityCodes';
import type { MeetingKind, MeetingStatus } from '../../electron/contract/meetingCodes';
import type { WriteTx } from '../database';
import {
  agency,
  communityActivity,
  meeting,
  meetingCase,
  outreachContact,
  outreachTarget,
  participationMatch,
  resource,
  supportCase,
  supportPlan,
} from '../schema';
import { buildCase, buildPersonWithCase } from './caseBuilders';

/**
 * Fixtures for the monthly report: rows of every table it counts, written straight into the
 * tables with exactly the dates a test needs. Run them inside `withTransaction`.
 */

const stamp = {
  createdAt: '2026-04-01T00:00:00.000Z',
  updatedAt: '2026-04-01T00:00:00.000Z',
  createdBy: null,
  updatedBy: null,
};

export type ReportCaseSpec = {
  receivedOn: string;
  route?: Route;
  fields?: Field[];
  stage?: Stage;
  closedOn?: string | null;
  /** 中断日: the stage is 中断 unless a 終結日 is given too (suspended, then closed). */
  suspendedOn?: string | null;
  coordinationOn?: string | null;
  restricted?: boolean;
  name?: string;
  nameKana?: string;
  /** Another case of this person (the same 本人), instead of a new person. */
  samePersonAs?: { personId: number; householdId: number };
};

/**
 * A person with one case received on the day (or one more case of a person), with its route,
 * fields, 終結日, 中断日 and 多機関協働 date.
 */
export function buildReportCase(
  tx: WriteTx,
  spec: ReportCaseSpec,
): { caseId: number; personId: number; householdId: number; caseNumber: string } {
  const closedOn = spec.closedOn ?? null;
  const suspendedOn = spec.suspendedOn ?? null;
  const caseSpec = {
    receivedOn: spec.receivedOn,
    fields: spec.fields ?? ['other'],
    stage:
      spec.stage ?? (closedOn !== null ? 'closed' : suspendedOn !== null ? 'suspended' : 'support'),
    restricted: spec.restricted ?? false,
  } as const;
  const made = spec.samePersonAs
    ? {
        ...spec.samePersonAs,
        ...caseIdOf(buildCase(tx, { ...caseSpec, ...spec.samePersonAs })),
      }
    : buildPersonWithCase(
        tx,
        { name: spec.name ?? '試験 太郎', nameKana: spec.nameKana ?? 'しけん たろう' },
        caseSpec,
      );
  const coordinationOn = spec.coordinationOn ?? null;
  tx.update(supportCase)
    .set({
      route: spec.route ?? 'counter',
      closedOn,
      // Only when given: tests of older schemas (before migration 0012) build cases too.
      ...(suspendedOn === null ? {} : { suspendedOn }),
      coordination: coordinationOn !== null,
      coordinationOn,
    })
    .where(eq(supportCase.id, made.caseId))
    .run();
  return {
    caseId: made.caseId,
    personId: made.personId,
    householdId: made.householdId,
    caseNumber: made.caseNumber,
  };
}

function caseIdOf(made: { id: number; caseNumber: string }) {
  return { caseId: made.id, caseNumber: made.caseNumber };
}

/** A plan version; `confirmedAt` (ISO UTC) makes it 確定. */
export function buildPlanVersion(
  tx: WriteTx,
  spec: { caseId: number; version: number; confirmedAt: string | null; supersedesId?: number },
): number {
  return tx
    .insert(supportPlan)
    .values({
      caseId: spec.caseId,
      version: spec.version,
      supersedesId: spec.supersedesId ?? null,
      createdOn: '2026-04-01',
      nextEvaluationOn: '2026-07-01',
      status: spec.confirmedAt === null ? 'draft' : 'confirmed',
      confirmedAt: spec.confirmedAt,
      ...stamp,
    })
    .returning({ id: supportPlan.id })
    .get().id;
}

/** A meeting of a kind on a day with the given cases on its agenda. */
export function buildMeeting(
  tx: WriteTx,
  spec: { kind: MeetingKind; heldOn: string; status: MeetingStatus; caseIds: number[] },
): number {
  const id = tx
    .insert(meeting)
    .values({ kind: spec.kind, heldOn: spec.heldOn, status: spec.status, ...stamp })
    .returning({ id: meeting.id })
    .get().id;
  spec.caseIds.forEach((caseId, position) =>
    tx
      .insert(meetingCase)
      .values({ meetingId: id, caseId, position, ...stamp })
      .run(),
  );
  return id;
}

/** An outreach target with contacts on the given days: 会えた, unless a result is given. */
export function buildOutreachTarget(
  tx: WriteTx,
  contacts: ReadonlyArray<string | readonly [string, OutreachResult]>,
): number {
  const id = tx
    .insert(outreachTarget)
    .values({ name: '団地の男性', nameKey: '団地の男性', raisedOn: '2025-04-01', ...stamp })
    .returning({ id: outreachTarget.id })
    .get().id;
  for (const contact of contacts) {
    const [contactedOn, result] = typeof contact === 'string' ? [contact, 'met' as const] : contact;
    tx.insert(outreachContact)
      .values({ targetId: id, contactedOn, method: 'visit', result, ...stamp })
      .run();
  }
  return id;
}

/** A 社会資源 with its host as written and/or as a directory agency. */
export function buildResource(
  tx: WriteTx,
  spec: { name: string; hostName?: string; hostAgencyId?: number | null },
): number {
  return tx
    .insert(resource)
    .values({
      name: spec.name,
      nameKey: spec.name,
      kind: 'ibasho',
      hostName: spec.hostName ?? '',
      hostAgencyId: spec.hostAgencyId ?? null,
      ...stamp,
    })
    .returning({ id: resource.id })
    .get().id;
}

export function buildMatch(
  tx: WriteTx,
  spec: {
    personId: number;
    resourceId: number;
    status: MatchStatus;
    startedOn?: string | null;
    endedOn?: string | null;
  },
): number {
  return tx
    .insert(participationMatch)
    .values({
      personId: spec.personId,
      resourceId: spec.resourceId,
      status: spec.status,
      proposedOn: '2025-04-01',
      startedOn: spec.startedOn ?? null,
      endedOn: spec.endedOn ?? null,
      ...stamp,
    })
    .returning({ id: participationMatch.id })
    .get().id;
}

export function buildActivity(tx: WriteTx, heldOn: string, participants: number): number {
  return tx
    .insert(communityActivity)
    .values({ heldOn, name: '居場所カフェ', kind: 'ibasho', participants, ...stamp })
    .returning({ id: communityActivity.id })
    .get().id;
}

/** A directory agency (関係機関). */
export function buildAgency(tx: WriteTx, name: string): number {
  return tx
    .insert(agency)
    .values({ name, nameKey: name, kind: 'shakyo', ...stamp })
    .returning({ id: agency.id })
    .get().id;
}
