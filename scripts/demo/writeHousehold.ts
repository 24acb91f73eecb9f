import { buildCase, type DetailContext, type WrittenMember } from './buildCase';
import { buildConsents } from './buildConsents';
import { buildHousehold } from './buildHousehold';
import { buildNotes } from './buildNotes';
import { writePlans } from './buildPlans';
import { stampOf } from './demoCalendar';
import type { DemoInserts } from './demoInserts';
import type { HouseholdPlan } from './planCases';

/** Rows written so far, by kind. */
export type DemoCounts = {
  households: number;
  persons: number;
  cases: number;
  closedCases: number;
  restrictedCases: number;
  notes: number;
  consents: number;
  caseAgencies: number;
  /** 支援プラン versions. */
  plans: number;
};

export function emptyCounts(): DemoCounts {
  return {
    households: 0,
    persons: 0,
    cases: 0,
    closedCases: 0,
    restrictedCases: 0,
    notes: 0,
    consents: 0,
    caseAgencies: 0,
    plans: 0,
  };
}

/**
 * Builds and writes one planned household: the household, its members, then each case with its
 * 相談分野, 課題, agencies, consents and notes. Nothing is kept afterwards, so memory stays flat
 * however many households follow.
 */
export function writeHousehold(
  ctx: DetailContext,
  insert: DemoInserts,
  plan: HouseholdPlan,
  counts: DemoCounts,
): void {
  const firstDay = Math.min(...plan.slots.map((s) => s.receivedDay));
  const stamp = stampOf(firstDay, 540);
  const stamps = {
    createdAt: stamp,
    updatedAt: stamp,
    createdBy: ctx.actorStaffId,
    updatedBy: ctx.actorStaffId,
  };
  const draft = buildHousehold(ctx.rng, plan.archetype, ctx.today, stamps);
  const householdId = insert.household(draft.row);
  const members: WrittenMember[] = draft.members.map((m) => ({
    id: insert.person({ ...m.row, householdId }),
    name: m.row.name,
    relationship: m.row.relationship,
    phone: m.row.mobilePhone || m.row.phone,
    sex: m.sex,
    adult: m.age >= 20,
  }));
  counts.households += 1;
  counts.persons += members.length;

  plan.slots.forEach((slot, index) => {
    const spec = plan.archetype.cases[index % plan.archetype.cases.length];
    if (!spec) throw new RangeError(`archetype ${plan.archetype.key} has no cases`);
    const caseDraft = buildCase(ctx, slot, spec, { id: householdId, area: draft.area, members });
    const caseId = insert.supportCase(caseDraft.row);
    for (const field of caseDraft.fields) insert.caseField({ caseId, field });
    for (const tag of caseDraft.tags) insert.caseTag({ caseId, tag });
    const linkStamp = { createdAt: caseDraft.row.createdAt, updatedAt: caseDraft.row.createdAt };
    const linked = new Set<number>();
    for (const { agency, role } of caseDraft.agencies) {
      if (linked.has(agency.id)) continue;
      linked.add(agency.id);
      insert.caseAgency({
        caseId,
        agencyId: agency.id,
        role,
        ...linkStamp,
        createdBy: ctx.actorStaffId,
        updatedBy: ctx.actorStaffId,
      });
    }
    const { consents, jusouGiven } = buildConsents(ctx, caseDraft, caseId);
    for (const consent of consents) {
      const consentId = insert.consent(consent.row);
      for (const agencyId of new Set(consent.agencyIds))
        insert.consentAgency({ consentId, agencyId });
    }
    const notes = buildNotes(ctx, caseDraft, caseId, jusouGiven);
    for (const note of notes) insert.progressNote(note);
    if (ctx.planRng) {
      counts.plans += writePlans(
        ctx.planRng,
        insert,
        caseDraft,
        caseId,
        ctx.today,
        ctx.actorStaffId,
      );
    }

    counts.cases += 1;
    if (slot.stage === 'closed') counts.closedCases += 1;
    if (caseDraft.row.restricted) counts.restrictedCases += 1;
    counts.caseAgencies += linked.size;
    counts.consents += consents.length;
    counts.notes += notes.length;
  });
}
