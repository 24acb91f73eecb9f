import type { supportCase } from '../../db/schema';
import type { Field, Route, Stage } from '../../electron/contract/caseCodes';
import type { CaseSpec } from './archetypes';
import { relationshipFor } from './buildHousehold';
import { agencyRoles, closeReasons } from './caseTexts';
import { isoDateOf, stampAt, workingDay } from './demoCalendar';
import type { DetailDecks } from './demoDecks';
import type { DemoDirectory, DirectoryAgency } from './demoDirectory';
import type { InsertRow } from './demoInserts';
import type { CaseSlot } from './planCases';
import type { Rng } from './rng';
import { themeTexts } from './themeTexts';
import type { Area } from './town';

/** What the detail pass shares across cases: the streams, decks and directory, and the dates. */
export type DetailContext = {
  rng: Rng;
  decks: DetailDecks;
  directory: DemoDirectory;
  today: number;
  actorStaffId: number;
  /** The stream 支援プラン draw from, apart from the rest so adding them changed nothing else. */
  planRng?: Rng;
};

export type WrittenMember = {
  id: number;
  name: string;
  relationship: string;
  /** The number to reach them (携帯 first), '' when none. */
  phone: string;
  sex: 'male' | 'female';
  adult: boolean;
};

export type CaseDraft = {
  row: InsertRow<typeof supportCase>;
  spec: CaseSpec;
  slot: CaseSlot;
  fields: readonly Field[];
  tags: string[];
  agencies: Array<{ agency: DirectoryAgency; role: string }>;
  members: readonly WrittenMember[];
  /** The family member who speaks for the person, as a 続柄 ('' when none). */
  familyRelation: string;
  receivedBy: number;
  mainStaffId: number;
  subStaffId: number | null;
  coordinationDay: number | null;
  /** The last day anything happens: 終結日, the last contact of a 中断, or today. */
  endDay: number;
  /** Note times as minutes since 1970-01-01 Japan time, ascending. */
  noteTimes: number[];
};

const minutesPerDay = 1440;
const laterStages: ReadonlySet<Stage> = new Set([
  'planning',
  'support',
  'monitoring',
  'closed',
  'suspended',
]);

/** Builds a case header from its plan slot and the household's members (already written). */
export function buildCase(
  ctx: DetailContext,
  slot: CaseSlot,
  spec: CaseSpec,
  household: { id: number; area: Area; members: readonly WrittenMember[] },
): CaseDraft {
  const { rng, decks } = ctx;
  const subject = household.members[spec.subject] ?? household.members[0];
  if (!subject) throw new RangeError('a household needs at least one member');
  const drawn = decks.route.draw();
  // A person fleeing violence comes to the office; nobody visits an address that must stay unknown.
  const route = spec.restricted && (drawn === 'visit' || drawn === 'outreach') ? 'counter' : drawn;
  const visitorMember = spec.visitor ? household.members[spec.visitor.member] : undefined;
  const visitorRelation =
    spec.visitor && visitorMember ? relationshipFor(spec.visitor.relation, visitorMember.sex) : '';
  const visitorCame = visitorMember !== undefined && personalRoutes.has(route) && rng.chance(0.7);

  const mainStaffId = decks.worker.draw();
  const others = ctx.directory.workerIds.filter((id) => id !== mainStaffId);
  const subStaffId = others.length > 0 && rng.chance(0.4) ? rng.pick(others) : null;
  const receivedBy = rng.chance(0.7) || others.length === 0 ? mainStaffId : rng.pick(others);

  const endDay = endDayOf(rng, slot, ctx.today);
  const agencies = pickAgencies(rng, ctx.directory, spec, slot.stage, route, household.area);
  const coordination = agencies.length >= 2 && laterStages.has(slot.stage) && rng.chance(0.65);
  const coordinationDay = coordination
    ? workingDay(Math.min(slot.receivedDay + rng.int(7, 60), endDay), slot.receivedDay, endDay)
    : null;
  const intakeTime = slot.receivedDay * minutesPerDay + 540 + 5 * rng.int(0, 90);
  const noteTimes = scheduleNotes(rng, slot, endDay, intakeTime);
  const createdAt = stampAt(intakeTime);
  const lastTime = Math.max(noteTimes.at(-1) ?? 0, intakeTime);
  const closed = slot.stage === 'closed';
  const [closeReasonCode, closeReason] = closed ? rng.pick(closeReasons) : [null, ''];

  const row: InsertRow<typeof supportCase> = {
    caseNumber: slot.caseNumber,
    fiscalYear: slot.fiscalYear,
    seq: slot.seq,
    householdId: household.id,
    personId: subject.id,
    receivedOn: isoDateOf(slot.receivedDay),
    receivedBy,
    route,
    visitorName: visitorCame ? visitorMember.name : '',
    visitorRelation: visitorCame ? visitorRelation : '',
    visitorPhone: visitorCame ? visitorMember.phone : '',
    mainTag: '',
    chiefComplaint: rng.pick(themeTexts[spec.theme].complaints),
    urgency: spec.restricted ? 'high' : decks.urgency.draw(),
    stage: slot.stage,
    mainStaffId,
    subStaffId,
    mainAgencyId: agencies.length > 0 && rng.chance(0.5) ? (agencies[0]?.agency.id ?? null) : null,
    coordination,
    coordinationOn: coordinationDay === null ? null : isoDateOf(coordinationDay),
    outreach: route === 'outreach' || (spec.outreachLikely === true && rng.chance(0.35)),
    restricted: spec.restricted === true,
    closedOn: closed ? isoDateOf(endDay) : null,
    // A suspended case's last note is on its end day: the day support stopped.
    suspendedOn: slot.stage === 'suspended' ? isoDateOf(endDay) : null,
    closeReasonCode,
    closeReason,
    createdAt,
    updatedAt: stampAt(closed ? Math.max(lastTime, endDay * minutesPerDay + 1020) : lastTime),
    createdBy: ctx.actorStaffId,
    updatedBy: ctx.actorStaffId,
  };
  const tags = [...spec.tags, ...rng.sample(spec.extraTags, rng.int(0, 2))].filter((t) =>
    ctx.directory.issueTags.has(t),
  );
  // The archetype's first 課題 is what brought them: the 主な課題 (◎ on the 相談受付票).
  row.mainTag = tags[0] ?? '';
  return {
    row,
    spec,
    slot,
    fields: spec.fields,
    tags,
    agencies,
    members: household.members,
    familyRelation: visitorRelation,
    receivedBy,
    mainStaffId,
    subStaffId,
    coordinationDay,
    endDay,
    noteTimes,
  };
}

const personalRoutes: ReadonlySet<Route> = new Set(['counter', 'phone', 'email']);

function endDayOf(rng: Rng, slot: CaseSlot, today: number): number {
  const age = today - slot.receivedDay;
  if (slot.stage === 'closed') {
    const day = slot.receivedDay + rng.int(Math.min(30, age), age);
    return workingDay(day, slot.receivedDay, today);
  }
  if (slot.stage === 'suspended') {
    const day = slot.receivedDay + rng.int(Math.floor(age * 0.3), age);
    return workingDay(day, slot.receivedDay, today);
  }
  return today;
}

/**
 * The intake note at the intake itself, the rest at office hours on working days up to the end
 * (later the same day if on 受付日); a closed or suspended case's last note on its end day.
 */
function scheduleNotes(rng: Rng, slot: CaseSlot, endDay: number, intakeTime: number): number[] {
  const times: number[] = [];
  const last = slot.stage === 'closed' || slot.stage === 'suspended' ? slot.notes - 1 : -1;
  for (let i = 0; i < slot.notes; i++) {
    if (i === 0) {
      times.push(intakeTime);
      continue;
    }
    const day =
      i === last ? endDay : workingDay(rng.int(slot.receivedDay, endDay), slot.receivedDay, endDay);
    const time = day * minutesPerDay + 540 + 5 * rng.int(0, 100);
    times.push(time > intakeTime ? time : intakeTime + 5 * rng.int(1, 24));
  }
  return times.sort((a, b) => a - b);
}

function pickAgencies(
  rng: Rng,
  directory: DemoDirectory,
  spec: CaseSpec,
  stage: Stage,
  route: Route,
  area: Area,
): Array<{ agency: DirectoryAgency; role: string }> {
  const count =
    stage === 'intake'
      ? route === 'referral'
        ? 1
        : 0
      : stage === 'assessment'
        ? rng.int(1, 2)
        : rng.int(1, 3);
  if (count === 0) return [];
  const [first, ...rest] = spec.agencyKinds;
  const kinds = first === undefined ? [] : [first, ...rng.sample(rest, count - 1)];
  return kinds.flatMap((kind) => {
    const all = directory.agenciesByKind.get(kind) ?? [];
    const local = all.filter((a) => a.area === undefined || a.area === area);
    const candidates = local.length > 0 ? local : all;
    if (candidates.length === 0) return [];
    const agency = rng.pick(candidates);
    return [{ agency, role: rng.pick(agency.roles ?? agencyRoles[kind]) }];
  });
}
