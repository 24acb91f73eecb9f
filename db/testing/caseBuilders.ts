import { eq, max } from 'drizzle-orm';
import type {
  ConsentKind,
  ConsentState,
  Field,
  NoteMeans,
  Stage,
} from '../../electron/contract/caseCodes';
import type { Role } from '../../electron/contract/roles';
import type { Actor } from '../../electron/services/audit/actor';
import { fiscalYearOf, formatCaseNumber } from '../../electron/services/cases/caseNumber';
import { kanaKey, nameKey, phoneKey } from '../../electron/services/text/normalize';
import type { WriteTx } from '../database';
import {
  caseField,
  caseTag,
  consent,
  household,
  person,
  progressNote,
  staff,
  supportCase,
} from '../schema';

/**
 * Test fixtures written straight into the tables (not through the services), so list and search
 * tests can lay out exactly the rows they need: any stage, date, staff or restriction.
 * Run them inside `withTransaction`.
 */

const stamp = {
  createdAt: '2026-04-01T00:00:00.000Z',
  updatedAt: '2026-04-01T00:00:00.000Z',
  createdBy: null,
  updatedBy: null,
};

/** A staff row, returned as the Actor a service call would get for them. */
export function buildStaff(tx: WriteTx, login: string, role: Role, displayName = login): Actor {
  const row = tx
    .insert(staff)
    .values({ login, displayName, role, ...stamp })
    .returning()
    .get();
  return { staffId: row.id, login: row.login, displayName: row.displayName, role: row.role };
}

export function buildHousehold(tx: WriteTx, address = 'みどり町1-1'): number {
  return tx
    .insert(household)
    .values({ address, ...stamp })
    .returning({ id: household.id })
    .get().id;
}

export type PersonSpec = {
  householdId?: number;
  name: string;
  nameKana?: string;
  phone?: string;
  birthDate?: string | null;
};

/** A person with the normalised search keys filled as the services fill them. */
export function buildPerson(tx: WriteTx, spec: PersonSpec): { id: number; householdId: number } {
  const householdId = spec.householdId ?? buildHousehold(tx);
  const nameKana = spec.nameKana ?? '';
  const phone = spec.phone ?? '';
  const row = tx
    .insert(person)
    .values({
      householdId,
      name: spec.name,
      nameKana,
      nameKey: nameKey(spec.name),
      kanaKey: kanaKey(nameKana),
      birthDate: spec.birthDate ?? null,
      phone,
      phoneKey: phoneKey(phone),
      ...stamp,
    })
    .returning({ id: person.id })
    .get();
  return { id: row.id, householdId };
}

export type CaseSpec = {
  personId: number;
  householdId: number;
  receivedOn?: string;
  stage?: Stage;
  mainStaffId?: number | null;
  subStaffId?: number | null;
  coordination?: boolean;
  restricted?: boolean;
  chiefComplaint?: string;
  fields?: Field[];
  tags?: string[];
};

/** A case numbered by 年度 like the intake service (R8-0001), with its 相談分野 and 課題. */
export function buildCase(tx: WriteTx, spec: CaseSpec): { id: number; caseNumber: string } {
  const receivedOn = spec.receivedOn ?? '2026-04-01';
  const fiscalYear = fiscalYearOf(receivedOn);
  const last = tx
    .select({ seq: max(supportCase.seq) })
    .from(supportCase)
    .where(eq(supportCase.fiscalYear, fiscalYear))
    .get();
  const seq = (last?.seq ?? 0) + 1;
  const caseNumber = formatCaseNumber(fiscalYear, seq);
  const stage = spec.stage ?? 'intake';
  const row = tx
    .insert(supportCase)
    .values({
      caseNumber,
      fiscalYear,
      seq,
      householdId: spec.householdId,
      personId: spec.personId,
      receivedOn,
      route: 'counter',
      chiefComplaint: spec.chiefComplaint ?? '',
      stage,
      mainStaffId: spec.mainStaffId ?? null,
      subStaffId: spec.subStaffId ?? null,
      coordination: spec.coordination ?? false,
      restricted: spec.restricted ?? false,
      closedOn: stage === 'closed' ? receivedOn : null,
      ...stamp,
    })
    .returning({ id: supportCase.id })
    .get();
  for (const field of spec.fields ?? ['other'])
    tx.insert(caseField).values({ caseId: row.id, field }).run();
  for (const tag of spec.tags ?? []) tx.insert(caseTag).values({ caseId: row.id, tag }).run();
  return { id: row.id, caseNumber };
}

/** A person in a new household with one case: the common shape of a fixture. */
export function buildPersonWithCase(
  tx: WriteTx,
  personSpec: PersonSpec,
  caseSpec: Omit<CaseSpec, 'personId' | 'householdId'> = {},
): { personId: number; householdId: number; caseId: number; caseNumber: string } {
  const p = buildPerson(tx, personSpec);
  const c = buildCase(tx, { ...caseSpec, personId: p.id, householdId: p.householdId });
  return { personId: p.id, householdId: p.householdId, caseId: c.id, caseNumber: c.caseNumber };
}

export type NoteSpec = {
  caseId: number;
  occurredAt?: string;
  means?: NoteMeans;
  counterpart?: string;
  facts?: string;
  assessment?: string;
  nextAction?: string;
};

export function buildNote(tx: WriteTx, spec: NoteSpec): number {
  return tx
    .insert(progressNote)
    .values({
      caseId: spec.caseId,
      occurredAt: spec.occurredAt ?? '2026-04-02T10:00',
      means: spec.means ?? 'phone',
      counterpart: spec.counterpart ?? '',
      facts: spec.facts ?? '',
      assessment: spec.assessment ?? '',
      nextAction: spec.nextAction ?? '',
      ...stamp,
    })
    .returning({ id: progressNote.id })
    .get().id;
}

export type ConsentSpec = {
  caseId: number;
  personId: number;
  kind: ConsentKind;
  state: ConsentState;
  recordedOn: string;
};

/** One 本人同意 record (history row); the latest by recorded_on, id is the current state. */
export function buildConsent(tx: WriteTx, spec: ConsentSpec): number {
  return tx
    .insert(consent)
    .values({ ...spec, ...stamp })
    .returning({ id: consent.id })
    .get().id;
}
