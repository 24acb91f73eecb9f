import { eq, inArray, min } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ReadDb } from '../database';
import {
  agency,
  communityActivity,
  meeting,
  outreachTarget,
  participationMatch,
  person,
  progressNote,
  resource,
  staff,
  supportCase,
  supportPlan,
} from '../schema';

/** The records audit rows point at, by kind, as ids to look up. */
export type AuditRecordIds = {
  case: number[];
  person: number[];
  household: number[];
  staff: number[];
  plan: number[];
  note: number[];
  agency: number[];
  meeting: number[];
  outreach: number[];
  match: number[];
  resource: number[];
  activity: number[];
};

/** What names each record in the audit log (the service words and dates them). */
export type AuditRecordFacts = {
  case: Map<number, string>;
  person: Map<number, string>;
  /** A household by the name of its first registered member. */
  household: Map<number, string>;
  staff: Map<number, string>;
  plan: Map<number, { caseNumber: string; version: number }>;
  note: Map<number, { caseNumber: string; occurredAt: string }>;
  agency: Map<number, string>;
  meeting: Map<number, { kind: string; title: string; heldOn: string }>;
  outreach: Map<number, string>;
  match: Map<number, { personName: string; resourceName: string }>;
  resource: Map<number, string>;
  activity: Map<number, { name: string; heldOn: string }>;
};

function byId<R extends { id: number }, V>(rows: R[], value: (row: R) => V): Map<number, V> {
  return new Map(rows.map((row) => [row.id, value(row)]));
}

/** id → a text column of one table, for the ids given. */
function names(
  db: ReadDb,
  table: SQLiteTable,
  id: SQLiteColumn,
  name: SQLiteColumn,
  list: number[],
): Map<number, string> {
  if (list.length === 0) return new Map();
  const rows = db.select({ id, name }).from(table).where(inArray(id, list)).all();
  return new Map(rows.map((row) => [Number(row.id), String(row.name)]));
}

/** `read` for a non-empty id list; an empty map without a query otherwise. */
function lookup<V>(list: number[], read: (list: number[]) => Map<number, V>): Map<number, V> {
  return list.length > 0 ? read(list) : new Map<number, V>();
}

/** Looks up every record a page (or an export batch) of audit rows names, one query per kind. */
export function auditRecordFacts(db: ReadDb, ids: AuditRecordIds): AuditRecordFacts {
  const any = (list: number[]) => list.length > 0;
  const firstMembers = db
    .select({ first: min(person.id) })
    .from(person)
    .where(inArray(person.householdId, ids.household))
    .groupBy(person.householdId);
  const households = any(ids.household)
    ? db
        .select({ id: person.householdId, name: person.name })
        .from(person)
        .where(inArray(person.id, firstMembers))
        .all()
    : [];
  return {
    case: names(db, supportCase, supportCase.id, supportCase.caseNumber, ids.case),
    person: names(db, person, person.id, person.name, ids.person),
    household: new Map(households.map((r) => [r.id, r.name])),
    staff: names(db, staff, staff.id, staff.displayName, ids.staff),
    plan: lookup(ids.plan, (list) =>
      byId(
        db
          .select({
            id: supportPlan.id,
            caseNumber: supportCase.caseNumber,
            version: supportPlan.version,
          })
          .from(supportPlan)
          .innerJoin(supportCase, eq(supportCase.id, supportPlan.caseId))
          .where(inArray(supportPlan.id, list))
          .all(),
        (r) => ({ caseNumber: r.caseNumber, version: r.version }),
      ),
    ),
    note: lookup(ids.note, (list) =>
      byId(
        db
          .select({
            id: progressNote.id,
            caseNumber: supportCase.caseNumber,
            occurredAt: progressNote.occurredAt,
          })
          .from(progressNote)
          .innerJoin(supportCase, eq(supportCase.id, progressNote.caseId))
          .where(inArray(progressNote.id, list))
          .all(),
        (r) => ({ caseNumber: r.caseNumber, occurredAt: r.occurredAt }),
      ),
    ),
    agency: names(db, agency, agency.id, agency.name, ids.agency),
    meeting: lookup(ids.meeting, (list) =>
      byId(
        db
          .select({
            id: meeting.id,
            kind: meeting.kind,
            title: meeting.title,
            heldOn: meeting.heldOn,
          })
          .from(meeting)
          .where(inArray(meeting.id, list))
          .all(),
        (r) => ({ kind: r.kind, title: r.title, heldOn: r.heldOn }),
      ),
    ),
    outreach: names(db, outreachTarget, outreachTarget.id, outreachTarget.name, ids.outreach),
    match: lookup(ids.match, (list) =>
      byId(
        db
          .select({
            id: participationMatch.id,
            personName: person.name,
            resourceName: resource.name,
          })
          .from(participationMatch)
          .innerJoin(person, eq(person.id, participationMatch.personId))
          .innerJoin(resource, eq(resource.id, participationMatch.resourceId))
          .where(inArray(participationMatch.id, list))
          .all(),
        (r) => ({ personName: r.personName, resourceName: r.resourceName }),
      ),
    ),
    resource: names(db, resource, resource.id, resource.name, ids.resource),
    activity: lookup(ids.activity, (list) =>
      byId(
        db
          .select({
            id: communityActivity.id,
            name: communityActivity.name,
            heldOn: communityActivity.heldOn,
          })
          .from(communityActivity)
          .where(inArray(communityActivity.id, list))
          .all(),
        (r) => ({ name: r.name, heldOn: r.heldOn }),
      ),
    ),
  };
}
