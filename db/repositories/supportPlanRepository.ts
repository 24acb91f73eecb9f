import { and, asc, count, desc, eq, lte, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { person, staff, supportCase, supportPlan, type SupportPlanRow } from '../schema';
import { createdColumns, updatedColumns, type Stamp, type StampColumn } from './stamp';

export type PlanValues = Omit<typeof supportPlan.$inferInsert, 'id' | StampColumn>;
/** What a change may set (the case and the version never change). */
export type PlanPatch = Partial<Omit<PlanValues, 'caseId' | 'version' | 'supersedesId'>>;

export function insertPlan(tx: WriteTx, values: PlanValues, stamp: Stamp): SupportPlanRow {
  return tx
    .insert(supportPlan)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
}

export function updatePlan(tx: WriteTx, id: number, patch: PlanPatch, stamp: Stamp): void {
  tx.update(supportPlan)
    .set({ ...patch, ...updatedColumns(stamp) })
    .where(eq(supportPlan.id, id))
    .run();
}

/** Sets every 確定 version of the case except `keepId` to 終了; returns their ids. */
export function endConfirmedPlansOfCase(
  tx: WriteTx,
  caseId: number,
  keepId: number,
  stamp: Stamp,
): number[] {
  return tx
    .update(supportPlan)
    .set({ status: 'ended', ...updatedColumns(stamp) })
    .where(
      and(
        eq(supportPlan.caseId, caseId),
        eq(supportPlan.status, 'confirmed'),
        ne(supportPlan.id, keepId),
      ),
    )
    .returning({ id: supportPlan.id })
    .all()
    .map((row) => row.id);
}

export function findPlanById(db: ReadDb, id: number): SupportPlanRow | undefined {
  return db.select().from(supportPlan).where(eq(supportPlan.id, id)).get();
}

/** The version that supersedes this one, if started. */
export function findPlanSuperseding(db: ReadDb, id: number): SupportPlanRow | undefined {
  return db.select().from(supportPlan).where(eq(supportPlan.supersedesId, id)).get();
}

/** The case's highest version, or undefined when it has no plan. */
export function latestPlanOfCase(db: ReadDb, caseId: number): SupportPlanRow | undefined {
  return db
    .select()
    .from(supportPlan)
    .where(eq(supportPlan.caseId, caseId))
    .orderBy(desc(supportPlan.version))
    .limit(1)
    .get();
}

/** Every version of a case with the confirming staff member's name, newest first. */
export function plansOfCase(db: ReadDb, caseId: number) {
  return db
    .select({ plan: supportPlan, confirmedByName: staff.displayName })
    .from(supportPlan)
    .leftJoin(staff, eq(staff.id, supportPlan.confirmedBy))
    .where(eq(supportPlan.caseId, caseId))
    .orderBy(desc(supportPlan.version))
    .all();
}

/**
 * Which due plans to read: as of `today`, `visible` (the caller's 閲覧制限 condition on
 * support_case) and `more` (a staff member, the page's start).
 */
export type DuePlanQuery = { today: string; visible: SQL | undefined; more: SQL[] };

/**
 * 確定 versions due on or before `today` that no newer version is revising, of cases not closed
 * or suspended: the due list's conditions.
 */
function duePlanConditions({ today, visible, more }: DuePlanQuery): SQL | undefined {
  const revising = sql`EXISTS (SELECT 1 FROM support_plan AS next WHERE next.supersedes_id = ${supportPlan.id})`;
  return and(
    // A literal, not a bound value: only then may SQLite use the partial index of 確定 plans.
    sql`${supportPlan.status} = 'confirmed'`,
    lte(supportPlan.nextEvaluationOn, today),
    notInArray(supportCase.stage, ['closed', 'suspended']),
    sql`NOT ${revising}`,
    visible,
    ...more,
  );
}

/** One page of due plans, 次回評価予定日 then ケース番号 (then plan id) ascending. */
export function duePlanRows(db: ReadDb, query: DuePlanQuery, limit: number) {
  return db
    .select({
      planId: supportPlan.id,
      caseId: supportPlan.caseId,
      version: supportPlan.version,
      nextEvaluationOn: supportPlan.nextEvaluationOn,
      caseNumber: supportCase.caseNumber,
      personName: person.name,
      mainStaffId: supportCase.mainStaffId,
      mainStaffName: staff.displayName,
    })
    .from(supportPlan)
    .innerJoin(supportCase, eq(supportCase.id, supportPlan.caseId))
    .innerJoin(person, eq(person.id, supportCase.personId))
    .leftJoin(staff, eq(staff.id, supportCase.mainStaffId))
    .where(duePlanConditions(query))
    .orderBy(asc(supportPlan.nextEvaluationOn), asc(supportCase.caseNumber), asc(supportPlan.id))
    .limit(limit)
    .all();
}

/**
 * How many plans the due list holds with these conditions (every page), counting no further than
 * `upTo` when given: each counted plan costs a look at its case and its next version (185 ms for
 * the 35,000 due in the city bench data), and ホーム needs only to know there are very many.
 */
export function countDuePlans(db: ReadDb, query: DuePlanQuery, upTo?: number): number {
  const due = db
    .select({ one: sql`1` })
    .from(supportPlan)
    .innerJoin(supportCase, eq(supportCase.id, supportPlan.caseId))
    .where(duePlanConditions(query));
  const counted = upTo === undefined ? due : due.limit(upTo);
  return db.select({ n: count() }).from(counted.as('due')).get()?.n ?? 0;
}
