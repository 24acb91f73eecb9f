import type { Stage } from '../../electron/contract/caseCodes';
import { fiscalYearOf, formatCaseNumber } from '../../electron/services/cases/caseNumber';
import type { Archetype } from './archetypes';
import { isoDateOf, workingDay } from './demoCalendar';
import { archetypeDeck, stageDeck } from './demoDecks';
import type { Rng } from './rng';

/** One case to generate: its stage, 受付日, how many notes, and its number by 年度. */
export type CaseSlot = {
  stage: Stage;
  receivedDay: number;
  notes: number;
  fiscalYear: number;
  seq: number;
  caseNumber: string;
};

export type HouseholdPlan = { archetype: Archetype; slots: CaseSlot[] };

export type PlanOptions = {
  households: number;
  /** Mean cases per household; the total is exactly round(households × mean). */
  casesPerHousehold: number;
  /** Mean notes per case; the total is exactly round(cases × mean). */
  notesPerCase: number;
  today: number;
  windowStart: number;
  /** The highest seq already used per 年度, so numbering continues after existing cases. */
  existingMaxSeq: ReadonlyMap<number, number>;
};

/** How long ago a case in each stage was received, in days (clipped to the demo's window). */
const ageRange: Record<Stage, readonly [number, number]> = {
  intake: [0, 14],
  assessment: [7, 60],
  planning: [20, 120],
  support: [45, 540],
  monitoring: [120, 700],
  closed: [60, 730],
  suspended: [45, 700],
};

/** Relative amount of notes a case in each stage has gathered. */
const noteWeight: Record<Stage, number> = {
  intake: 0.2,
  assessment: 2,
  planning: 4,
  support: 10,
  monitoring: 14,
  closed: 10,
  suspended: 5,
};

/**
 * The first, light pass: which kind of household, how many cases, each case's stage, 受付日 and
 * note count, then case numbers given in 受付日 order per 年度 (which needs every date first).
 * The second pass streams the full records from this plan.
 */
export function planCases(rng: Rng, options: PlanOptions): HouseholdPlan[] {
  const archetypes = archetypeDeck(rng);
  const kinds = Array.from({ length: options.households }, () => archetypes.draw());
  const caseWeights = kinds.map((a) => a.cases.length * (0.5 + rng.next()));
  const totalCases = Math.max(
    options.households,
    Math.round(options.households * options.casesPerHousehold),
  );
  const extraCases = spread(totalCases - options.households, caseWeights);

  const stages = stageDeck(rng);
  const maxAge = options.today - options.windowStart;
  const plans = kinds.map((archetype, i): HouseholdPlan => {
    const count = 1 + (extraCases[i] ?? 0);
    const slots = Array.from({ length: count }, (): CaseSlot => {
      const stage = stages.draw();
      const [low, high] = ageRange[stage];
      const age = rng.int(Math.min(low, maxAge), Math.min(high, maxAge));
      const receivedDay = workingDay(options.today - age, options.windowStart, options.today);
      return { stage, receivedDay, notes: 0, fiscalYear: 0, seq: 0, caseNumber: '' };
    });
    return { archetype, slots };
  });

  const slots = plans.flatMap((p) => p.slots);
  assignNoteCounts(rng, slots, Math.round(slots.length * options.notesPerCase));
  numberSlots(slots, options.existingMaxSeq);
  return plans;
}

/** Every case gets one note (the intake record) when there are enough; the rest by weight. */
function assignNoteCounts(rng: Rng, slots: CaseSlot[], total: number): void {
  const base = total >= slots.length ? 1 : 0;
  const weights = slots.map((s) => noteWeight[s.stage] * (0.5 + rng.next()));
  const extra = spread(total - base * slots.length, weights);
  slots.forEach((slot, i) => (slot.notes = base + (extra[i] ?? 0)));
}

/** 年度 = the year from April; seq continues after the 年度's highest, in 受付日 order. */
function numberSlots(slots: CaseSlot[], existingMaxSeq: ReadonlyMap<number, number>): void {
  const order = slots.map((_, i) => i);
  order.sort((a, b) => (slots[a]?.receivedDay ?? 0) - (slots[b]?.receivedDay ?? 0) || a - b);
  const nextSeq = new Map(existingMaxSeq);
  for (const index of order) {
    const slot = slots[index];
    if (!slot) continue;
    slot.fiscalYear = fiscalYearOf(isoDateOf(slot.receivedDay));
    slot.seq = (nextSeq.get(slot.fiscalYear) ?? 0) + 1;
    nextSeq.set(slot.fiscalYear, slot.seq);
    slot.caseNumber = formatCaseNumber(slot.fiscalYear, slot.seq);
  }
}

/**
 * Splits `total` into integers proportional to `weights` by cumulative rounding: the parts sum
 * to `total` exactly and each differs from its exact share by less than one.
 */
export function spread(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let given = 0;
  return weights.map((weight, i) => {
    cumulative += weight;
    const upTo =
      i === weights.length - 1 ? total : sum > 0 ? Math.round((cumulative / sum) * total) : 0;
    const part = upTo - given;
    given = upTo;
    return part;
  });
}
