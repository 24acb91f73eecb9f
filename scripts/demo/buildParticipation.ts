import type { MatchStatus, ResourceKind } from '../../electron/contract/communityCodes';
import { ageOn } from '../../electron/services/cases/japanDate';
import type { CaseFact } from './communityFacts';
import type { CommunityInserts } from './communityInserts';
import { hostNotes, hostSupports, kindsForTag, personNotes } from './communityTexts';
import { isoDateOf, stampOf, workingDay } from './demoCalendar';
import type { ResourceSlot } from './demoResources';
import { Deck } from './deck';
import type { Rng } from './rng';

export type ParticipationContext = {
  rng: Rng;
  insert: CommunityInserts;
  today: number;
  actorStaffId: number;
  resources: ResourceSlot[];
};

export type ParticipationCounts = { matches: number; followUps: number };

/** Every status shows up once per cycle; most matches are under way. */
const statusWeights: ReadonlyArray<readonly [MatchStatus, number]> = [
  ['proposed', 1],
  ['visited', 1],
  ['trial', 1],
  ['participating', 3],
  ['settled', 2],
  ['suspended', 1],
  ['ended', 1],
];

/** The moves a match made to reach `status`, skipping a step now and then as people do. */
function movesTo(rng: Rng, status: MatchStatus): MatchStatus[] {
  const path: MatchStatus[] = ['visited', 'trial', 'participating', 'settled'];
  if (status === 'proposed') return [];
  if (status === 'suspended' || status === 'ended') {
    const reached = path.slice(0, rng.int(1, 3));
    return [...reached.filter((s, i) => i === reached.length - 1 || rng.chance(0.7)), status];
  }
  const reached = path.slice(0, path.indexOf(status) + 1);
  return reached.filter(
    (s, i) => i === reached.length - 1 || s === 'participating' || rng.chance(0.7),
  );
}

/** Open cases whose 課題 a resource suits, with the kinds that suit them. */
function candidates(cases: readonly CaseFact[]): Array<[CaseFact, ResourceKind[]]> {
  return cases.flatMap((fact): Array<[CaseFact, ResourceKind[]]> => {
    if (!['planning', 'support', 'monitoring'].includes(fact.stage)) return [];
    const kinds = [...new Set(fact.tags.flatMap((tag) => kindsForTag[tag] ?? []))];
    return kinds.length === 0 ? [] : [[fact, kinds]];
  });
}

/**
 * An active resource of one of the kinds whose 対象年齢 takes the person (as a worker would
 * propose), one with places left when there is one.
 */
function resourceFor(
  ctx: ParticipationContext,
  kinds: readonly ResourceKind[],
  age: number | null,
): ResourceSlot | null {
  const fitting = ctx.resources.filter(
    (r) =>
      r.active &&
      kinds.includes(r.kind) &&
      (age === null || ((r.ageMin ?? 0) <= age && age <= (r.ageMax ?? Infinity))),
  );
  const withRoom = fitting.filter((r) => r.capacity === null || r.taken < r.capacity);
  const pool = withRoom.length > 0 ? withRoom : fitting;
  return pool.length === 0 ? null : ctx.rng.pick(pool);
}

/**
 * 参加支援 for up to `count` people of open cases whose 課題 suit a resource: a 提案 two to eight
 * weeks after 受付日, each status move as a follow-up (with 開始日 and 終了日 set as the service
 * sets them), plain follow-ups while taking part; everything on or before today.
 */
export function writeMatches(
  ctx: ParticipationContext,
  cases: readonly CaseFact[],
  count: number,
): ParticipationCounts {
  const { rng } = ctx;
  const statuses = new Deck(rng, statusWeights);
  const counts: ParticipationCounts = { matches: 0, followUps: 0 };
  const pool = candidates(cases);
  // Spread over the whole period rather than the oldest cases only.
  const rate = Math.min(1, (count * 1.25) / Math.max(1, pool.length));
  for (const [fact, kinds] of pool) {
    if (counts.matches >= count) break;
    if (!rng.chance(rate)) continue;
    const slot = resourceFor(ctx, kinds, ageOn(fact.birthDate, isoDateOf(ctx.today)));
    if (!slot) continue;
    const status = statuses.draw();
    const moves = movesTo(rng, status);
    const settling = status === 'participating' || status === 'settled';
    // Each move, and a few quiet follow-ups while taking part, 1–5 weeks apart.
    const steps: Array<MatchStatus | null> = [...moves];
    if (settling) for (let i = rng.int(0, 3); i > 0; i -= 1) steps.push(null);
    const gaps = steps.map(() => rng.int(7, 35));
    const span = gaps.reduce((a, b) => a + b, 0);
    const latestStart = ctx.today - span - (rng.chance(0.3) ? rng.int(30, 60) : rng.int(0, 20));
    const proposedDay = Math.max(
      fact.receivedDay,
      Math.min(fact.receivedDay + rng.int(14, 56), latestStart),
    );
    let day = proposedDay;
    const followDays = gaps.map((gap) => {
      day = Math.min(ctx.today, day + gap);
      return workingDay(day, proposedDay, ctx.today);
    });
    const startIndex = steps.findIndex((s) => s === 'participating' || s === 'settled');
    const endDay = status === 'suspended' || status === 'ended' ? followDays.at(-1) : undefined;
    const staffId = fact.mainStaffId;
    const matchId = ctx.insert.participationMatch({
      personId: fact.personId,
      caseId: fact.caseId,
      resourceId: slot.id,
      status,
      proposedOn: isoDateOf(proposedDay),
      startedOn: startIndex < 0 ? null : isoDateOf(followDays[startIndex] ?? proposedDay),
      endedOn: endDay === undefined ? null : isoDateOf(endDay),
      staffId,
      hostSupport: rng.pick(hostSupports),
      note: '',
      createdAt: stampOf(proposedDay, 630),
      updatedAt: stampOf(followDays.at(-1) ?? proposedDay, 630),
      createdBy: ctx.actorStaffId,
      updatedBy: ctx.actorStaffId,
    });
    steps.forEach((statusTo, i) => {
      const followedDay = followDays[i] ?? proposedDay;
      ctx.insert.participationFollowup({
        matchId,
        followedOn: isoDateOf(followedDay),
        statusTo,
        personNote: rng.pick(personNotes),
        hostNote: rng.pick(hostNotes),
        staffId,
        createdAt: stampOf(followedDay, 990),
        updatedAt: stampOf(followedDay, 990),
        createdBy: ctx.actorStaffId,
        updatedBy: ctx.actorStaffId,
      });
    });
    if (settling) slot.taken += 1;
    counts.matches += 1;
    counts.followUps += steps.length;
  }
  return counts;
}
