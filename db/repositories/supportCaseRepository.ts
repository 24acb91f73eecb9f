import { and, asc, desc, eq, max, sql, type SQL } from 'drizzle-orm';
import type { Field } from '../../electron/contract/caseCodes';
import type { CaseSummary } from '../../electron/contract/schemas/caseWork';
import type { ReadDb, WriteTx } from '../database';
import { inIds } from '../inIds';
import { caseField, caseTag, supportCase, type SupportCaseRow } from '../schema';
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
    .where(inIds(caseField.caseId, caseIds))
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
    .where(inIds(caseTag.caseId, caseIds))
    .orderBy(asc(caseTag.caseId), sql`rowid`)
    .all();
  for (const row of rows) result.set(row.caseId, [...(result.get(row.caseId) ?? []), row.tag]);
  return result;
}

/** A case list line as SQLite returns it: flags as 0/1, 相談分野 and 課題 as JSON arrays. */
export type CaseSummaryRow = Omit<
  CaseSummary,
  'fields' | 'tags' | 'coordination' | 'restricted'
> & {
  coordination: 0 | 1;
  restricted: 0 | 1;
  /** 相談分野 in the order written. */
  fieldsJson: string;
  /** 課題 in the order written. */
  tagsJson: string;
};

/**
 * Case headers with the person's name, the 主担当's name, 相談分野 and 課題, for list lines: one
 * statement per page, written as SQL. Every list page and case view runs it; built by the query
 * builder (and as three statements) it cost more to build and map than to run, twice the page's
 * own SQL time at 100k cases.
 */
export function caseSummaryRows(db: ReadDb, caseIds: readonly number[]): CaseSummaryRow[] {
  if (caseIds.length === 0) return [];
  return db.all<CaseSummaryRow>(sql`SELECT c.id AS id, c.case_number AS caseNumber,
      c.person_id AS personId, p.name AS personName, p.name_kana AS personKana,
      c.household_id AS householdId, c.stage AS stage, c.received_on AS receivedOn,
      c.route AS route, c.urgency AS urgency, c.main_staff_id AS mainStaffId,
      s.display_name AS mainStaffName, c.coordination AS coordination,
      c.restricted AS restricted, c.closed_on AS closedOn,
      (SELECT json_group_array(f.field ORDER BY f.rowid) FROM case_field f
        WHERE f.case_id = c.id) AS fieldsJson,
      (SELECT json_group_array(t.tag ORDER BY t.rowid) FROM case_tag t
        WHERE t.case_id = c.id) AS tagsJson
    FROM support_case c
    JOIN person p ON p.id = c.person_id
    LEFT JOIN staff s ON s.id = c.main_staff_id
    WHERE c.id IN (SELECT value FROM json_each(${JSON.stringify(caseIds)}))`);
}
