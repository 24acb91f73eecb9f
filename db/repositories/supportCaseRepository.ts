import { and, asc, desc, eq, inArray, max, sql, type SQL } from 'drizzle-orm';
import type { Field } from '../../electron/contract/caseCodes';
import type { ReadDb, WriteTx } from '../database';
import { caseField, caseTag, person, staff, supportCase, type SupportCaseRow } from '../schema';
import { createdColumns, updatedColumns, type Stamp, type StampColumn } from './stamp';

export type CaseValues = Omit<typeof supportCase.$inferInsert, 'id' | StampColumn>;
/** The header columns a change may set (number, year and household never change). */
export type CasePatch = Partial<
  Omit<CaseValues, 'caseNumber' | 'fiscalYear' | 'seq' | 'householdId' | 'personId'>
>;

export function insertCase(tx: WriteTx, values: CaseValues, stamp: Stamp): SupportCaseRow {
  return tx
    .insert(supportCase)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
}

export function updateCase(tx: WriteTx, id: number, patch: CasePatch, stamp: Stamp): void {
  tx.update(supportCase)
    .set({ ...patch, ...updatedColumns(stamp) })
    .where(eq(supportCase.id, id))
    .run();
}

export function findCaseById(db: ReadDb, id: number): SupportCaseRow | undefined {
  return db.select().from(supportCase).where(eq(supportCase.id, id)).get();
}

/** A case by its number (R8-0001), as written on paper and typed at the CLI. */
export function findCaseByNumber(db: ReadDb, caseNumber: string): SupportCaseRow | undefined {
  return db.select().from(supportCase).where(eq(supportCase.caseNumber, caseNumber)).get();
}

/** The highest sequence number used in a 年度, or 0. Read inside the write transaction. */
export function maxCaseSeq(db: ReadDb, fiscalYear: number): number {
  const row = db
    .select({ seq: max(supportCase.seq) })
    .from(supportCase)
    .where(eq(supportCase.fiscalYear, fiscalYear))
    .get();
  return row?.seq ?? 0;
}

/** Ids of a household's cases passing `condition`, newest 受付日 first. */
export function caseIdsOfHousehold(db: ReadDb, householdId: number, condition?: SQL): number[] {
  return db
    .select({ id: supportCase.id })
    .from(supportCase)
    .where(and(eq(supportCase.householdId, householdId), condition))
    .orderBy(desc(supportCase.receivedOn), desc(supportCase.id))
    .all()
    .map((r) => r.id);
}

export function replaceCaseFields(tx: WriteTx, caseId: number, fields: readonly Field[]): void {
  tx.delete(caseField).where(eq(caseField.caseId, caseId)).run();
  if (fields.length === 0) return;
  tx.insert(caseField)
    .values(fields.map((field) => ({ caseId, field })))
    .run();
}

export function replaceCaseTags(tx: WriteTx, caseId: number, tags: readonly string[]): void {
  tx.delete(caseTag).where(eq(caseTag.caseId, caseId)).run();
  if (tags.length === 0) return;
  tx.insert(caseTag)
    .values(tags.map((tag) => ({ caseId, tag })))
    .run();
}

/** 相談分野 of each case, in the order they were written (the service orders them by code). */
export function fieldsOfCases(db: ReadDb, caseIds: readonly number[]): Map<number, Field[]> {
  const result = new Map<number, Field[]>();
  if (caseIds.length === 0) return result;
  const rows = db
    .select()
    .from(caseField)
    .where(inArray(caseField.caseId, [...caseIds]))
    .orderBy(asc(caseField.caseId), sql`rowid`)
    .all();
  for (const row of rows) result.set(row.caseId, [...(result.get(row.caseId) ?? []), row.field]);
  return result;
}

/** 課題 tags of each case, in the order they were written. */
export function tagsOfCases(db: ReadDb, caseIds: readonly number[]): Map<number, string[]> {
  const result = new Map<number, string[]>();
  if (caseIds.length === 0) return result;
  const rows = db
    .select()
    .from(caseTag)
    .where(inArray(caseTag.caseId, [...caseIds]))
    .orderBy(asc(caseTag.caseId), sql`rowid`)
    .all();
  for (const row of rows) result.set(row.caseId, [...(result.get(row.caseId) ?? []), row.tag]);
  return result;
}

/** Case headers with the person's name and the 主担当's name, for list lines. */
export function caseSummaryRows(db: ReadDb, caseIds: readonly number[]) {
  if (caseIds.length === 0) return [];
  return db
    .select({
      id: supportCase.id,
      caseNumber: supportCase.caseNumber,
      personId: supportCase.personId,
      personName: person.name,
      personKana: person.nameKana,
      householdId: supportCase.householdId,
      stage: supportCase.stage,
      receivedOn: supportCase.receivedOn,
      route: supportCase.route,
      urgency: supportCase.urgency,
      mainStaffId: supportCase.mainStaffId,
      mainStaffName: staff.displayName,
      coordination: supportCase.coordination,
      restricted: supportCase.restricted,
      closedOn: supportCase.closedOn,
    })
    .from(supportCase)
    .innerJoin(person, eq(person.id, supportCase.personId))
    .leftJoin(staff, eq(staff.id, supportCase.mainStaffId))
    .where(inArray(supportCase.id, [...caseIds]))
    .all();
}
