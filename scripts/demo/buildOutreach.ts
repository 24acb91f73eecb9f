import type { OutreachContactRow } from '../../db/schema';
import type {
  OutreachMethod,
  OutreachResult,
  OutreachStage,
} from '../../electron/contract/communityCodes';
import { ageOn } from '../../electron/services/cases/japanDate';
import { nameKey } from '../../electron/services/text/normalize';
import type { CaseFact } from './communityFacts';
import type { CommunityInserts } from './communityInserts';
import {
  ageTexts,
  contactNotes,
  descriptions,
  endReasons,
  raisers,
  situations,
} from './communityTexts';
import { isoDateOf, stampOf, workingDay } from './demoCalendar';
import { Deck } from './deck';
import { districts, townName } from './town';
import { familyNames, givenNames } from './names';
import type { Rng } from './rng';

export type OutreachContext = {
  rng: Rng;
  insert: CommunityInserts;
  today: number;
  actorStaffId: number;
  workerIds: readonly number[];
  /** Agencies a contact may go through (民生委員, 地域包括支援センター). */
  viaAgencyIds: readonly number[];
};

export type OutreachCounts = { outreachTargets: number; transferred: number; contacts: number };

type PlannedContact = { day: number; result: OutreachResult };

const stageWeights: ReadonlyArray<readonly [Exclude<OutreachStage, 'transferred'>, number]> = [
  ['identified', 2],
  ['contacted', 3],
  ['relationship', 3],
  ['consent', 2],
  ['ended', 2],
];

/** How many contacts each stage has had, and whether any reached the person. */
const contactsByStage: Record<Exclude<OutreachStage, 'transferred'>, [number, number]> = {
  identified: [0, 1],
  contacted: [1, 3],
  relationship: [3, 6],
  consent: [5, 8],
  ended: [1, 4],
};

function methodFor(rng: Rng, result: OutreachResult): OutreachMethod {
  if (result === 'viaAgency') return 'accompany';
  if (result === 'absent') return rng.pick(['visit', 'visit', 'letter', 'phone'] as const);
  return rng.pick(['visit', 'visit', 'visit', 'phone'] as const);
}

/** Contacts ending on `lastDay`, spaced a week to six weeks apart, on working days. */
function contactDays(rng: Rng, count: number, lastDay: number): number[] {
  const days = [lastDay];
  while (days.length < count) days.unshift((days[0] ?? lastDay) - rng.int(7, 42));
  return days.map((day) => workingDay(day, day - 3, lastDay));
}

/** Results in order: 不在 attempts first, then a first reaching contact, then mostly 会えた. */
function results(rng: Rng, count: number, reached: boolean): OutreachResult[] {
  return Array.from({ length: count }, (_, i): OutreachResult => {
    if (!reached) return 'absent';
    if (i === 0 && count > 1 && rng.chance(0.5)) return 'absent';
    if (i <= 1 && rng.chance(0.25)) return rng.pick(['viaAgency', 'refused'] as const);
    return rng.chance(0.85) ? 'met' : 'absent';
  });
}

function writeContacts(
  ctx: OutreachContext,
  targetId: number,
  staffId: number,
  contacts: PlannedContact[],
): void {
  for (const { day, result } of contacts) {
    const row: Omit<OutreachContactRow, 'id'> = {
      targetId,
      contactedOn: isoDateOf(day),
      method: methodFor(ctx.rng, result),
      result,
      viaAgencyId: result === 'viaAgency' ? ctx.rng.pick(ctx.viaAgencyIds) : null,
      staffId,
      note: ctx.rng.pick(contactNotes[result]),
      createdAt: stampOf(day, 1020),
      updatedAt: stampOf(day, 1020),
      createdBy: ctx.actorStaffId,
      updatedBy: ctx.actorStaffId,
    };
    ctx.insert.outreachContact(row);
  }
}

/**
 * The outreach history of each case that came through アウトリーチ (route アウトリーチ): 把握 one
 * to four months before 受付日, two to five contacts, then 支援へ移行 linked to the case.
 */
export function writeTransferredTargets(
  ctx: OutreachContext,
  cases: readonly CaseFact[],
): OutreachCounts {
  const counts: OutreachCounts = { outreachTargets: 0, transferred: 0, contacts: 0 };
  for (const fact of cases) {
    if (fact.route !== 'outreach') continue;
    const { rng } = ctx;
    const count = rng.int(2, 5);
    const days = contactDays(rng, count, fact.receivedDay - rng.int(1, 10));
    const raisedDay = (days[0] ?? fact.receivedDay) - rng.int(3, 21);
    const age = ageOn(fact.birthDate, isoDateOf(raisedDay));
    const staffId = fact.mainStaffId ?? rng.pick(ctx.workerIds);
    const targetId = ctx.insert.outreachTarget({
      name: fact.personName,
      nameKana: fact.personKana,
      nameKey: nameKey(fact.personName),
      personId: fact.personId,
      sex: fact.sex,
      ageText: age === null ? '' : `${Math.floor(age / 10) * 10}代`,
      address: fact.address,
      district: fact.district,
      raisedBy: rng.pick(raisers),
      raisedByAgencyId: null,
      raisedOn: isoDateOf(raisedDay),
      situation: rng.pick(situations),
      stage: 'transferred',
      mainStaffId: staffId,
      caseId: fact.caseId,
      endedOn: null,
      endReason: '',
      createdAt: stampOf(raisedDay, 600),
      updatedAt: stampOf(fact.receivedDay, 600),
      createdBy: ctx.actorStaffId,
      updatedBy: ctx.actorStaffId,
    });
    const planned = results(rng, count, true).map((result, i) => ({
      day: days[i] ?? raisedDay,
      result: i === count - 1 ? 'met' : result,
    }));
    writeContacts(ctx, targetId, staffId, planned);
    counts.outreachTargets += 1;
    counts.transferred += 1;
    counts.contacts += count;
  }
  return counts;
}

/** A name when it is known, else how the office refers to the person. */
function targetName(rng: Rng, stage: OutreachStage): { name: string; kana: string } {
  if (stage === 'identified' || rng.chance(0.35)) return { name: rng.pick(descriptions), kana: '' };
  const family = rng.pick(familyNames)[0];
  const given = rng.pick(givenNames.middle[rng.chance(0.6) ? 'male' : 'female']);
  return { name: `${family.kanji}\u3000${given.kanji}`, kana: `${family.kana}\u3000${given.kana}` };
}

/**
 * People reached out to who are not (yet) in support, in every stage: contacts ending a few days
 * to three months ago (so some wait for 30 days and more), 終了 with a day and reason.
 */
export function writeOpenTargets(ctx: OutreachContext, count: number): OutreachCounts {
  const { rng } = ctx;
  const stages = new Deck(rng, stageWeights);
  let contacts = 0;
  for (let i = 0; i < count; i += 1) {
    const stage = stages.draw();
    const [min, max] = contactsByStage[stage];
    const n = rng.int(min, max);
    const lastDay = ctx.today - (rng.chance(0.25) ? rng.int(31, 90) : rng.int(0, 25));
    const days = n === 0 ? [] : contactDays(rng, n, lastDay);
    const raisedDay = (days[0] ?? lastDay) - rng.int(3, 21);
    const endedDay = stage === 'ended' ? Math.min(ctx.today, lastDay + rng.int(3, 30)) : null;
    const district = rng.pick(districts);
    const { name, kana } = targetName(rng, stage);
    const staffId = rng.pick(ctx.workerIds);
    const targetId = ctx.insert.outreachTarget({
      name,
      nameKana: kana,
      nameKey: nameKey(name),
      personId: null,
      sex: name.includes('女性') ? 'female' : name.includes('男性') ? 'male' : null,
      ageText: rng.pick(ageTexts),
      address: `${townName}${district.name}${rng.int(1, district.chome)}丁目付近`,
      district: `${district.area}・${district.name}`,
      raisedBy: rng.pick(raisers),
      raisedByAgencyId: null,
      raisedOn: isoDateOf(raisedDay),
      situation: rng.pick(situations),
      stage,
      mainStaffId: staffId,
      caseId: null,
      endedOn: endedDay === null ? null : isoDateOf(endedDay),
      endReason: endedDay === null ? '' : rng.pick(endReasons),
      createdAt: stampOf(raisedDay, 600),
      updatedAt: stampOf(endedDay ?? lastDay, 600),
      createdBy: ctx.actorStaffId,
      updatedBy: ctx.actorStaffId,
    });
    const reached = stage !== 'identified';
    writeContacts(
      ctx,
      targetId,
      staffId,
      results(rng, n, reached).map((result, j) => ({
        day: days[j] ?? lastDay,
        // The latest contact of a target past 接触 reached the person.
        result: reached && j === n - 1 && result === 'absent' ? 'met' : result,
      })),
    );
    contacts += n;
  }
  return { outreachTargets: count, transferred: 0, contacts };
}
