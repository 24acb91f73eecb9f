import { asc, between, eq, sql } from 'drizzle-orm';
import type { ReadDb } from '../database';
import { agency, caseAgency, caseField, caseTag, person, staff, supportCase } from '../schema';

/**
 * Reads for the case list export (services/excel/caseList), by ranges of case ids: a range is
 * read in the table's own order, each encrypted page once, where a list of ids in 受付日 order
 * jumps about the file. Callers keep only the ids they asked for.
 */
export type IdRange = { first: number; last: number };

/** The exported columns of the cases in the range, with the person's and the 主担当's names. */
export function caseLinesInRange(db: ReadDb, range: IdRange) {
  return db
    .select({
      id: supportCase.id,
      caseNumber: supportCase.caseNumber,
      stage: supportCase.stage,
      personName: person.name,
      personKana: person.nameKana,
      route: supportCase.route,
      receivedOn: supportCase.receivedOn,
      closedOn: supportCase.closedOn,
      mainStaffName: staff.displayName,
      coordination: supportCase.coordination,
    })
    .from(supportCase)
    .innerJoin(person, eq(person.id, supportCase.personId))
    .leftJoin(staff, eq(staff.id, supportCase.mainStaffId))
    .where(between(supportCase.id, range.first, range.last))
    .all();
}

/** 相談分野 of the cases in the range. */
export function caseFieldsInRange(db: ReadDb, range: IdRange) {
  return db
    .select({ caseId: caseField.caseId, field: caseField.field })
    .from(caseField)
    .where(between(caseField.caseId, range.first, range.last))
    .all();
}

/** 課題 of the cases in the range, each case's in the order they were entered. */
export function caseTagsInRange(db: ReadDb, range: IdRange) {
  return db
    .select({ caseId: caseTag.caseId, tag: caseTag.tag })
    .from(caseTag)
    .where(between(caseTag.caseId, range.first, range.last))
    .orderBy(asc(caseTag.caseId), sql`rowid`)
    .all();
}

/** Names of the agencies involved in the cases in the range, each case's by name. */
export function caseAgencyNamesInRange(db: ReadDb, range: IdRange) {
  return db
    .select({ caseId: caseAgency.caseId, name: agency.name })
    .from(caseAgency)
    .innerJoin(agency, eq(agency.id, caseAgency.agencyId))
    .where(between(caseAgency.caseId, range.first, range.last))
    .orderBy(asc(caseAgency.caseId), asc(agency.nameKey), asc(agency.id))
    .all();
}
