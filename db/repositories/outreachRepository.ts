import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import {
  agency,
  outreachContact,
  outreachTarget,
  staff,
  supportCase,
  type OutreachContactRow,
  type OutreachTargetRow,
} from '../schema';
import { createdColumns, updatedColumns, type Stamp, type StampColumn } from './stamp';

export type OutreachTargetValues = Omit<typeof outreachTarget.$inferInsert, 'id' | StampColumn>;
export type OutreachContactValues = Omit<typeof outreachContact.$inferInsert, 'id' | StampColumn>;

export function insertOutreachTarget(
  tx: WriteTx,
  values: OutreachTargetValues,
  stamp: Stamp,
): OutreachTargetRow {
  return tx
    .insert(outreachTarget)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
}

export function updateOutreachTarget(
  tx: WriteTx,
  id: number,
  patch: Partial<OutreachTargetValues>,
  stamp: Stamp,
): void {
  tx.update(outreachTarget)
    .set({ ...patch, ...updatedColumns(stamp) })
    .where(eq(outreachTarget.id, id))
    .run();
}

/** A target passing `visible` (the caller's 閲覧制限 condition), or undefined. */
export function findOutreachTarget(
  db: ReadDb,
  id: number,
  visible: SQL | undefined,
): OutreachTargetRow | undefined {
  return db
    .select()
    .from(outreachTarget)
    .where(and(eq(outreachTarget.id, id), visible))
    .get();
}

export function insertOutreachContact(
  tx: WriteTx,
  values: OutreachContactValues,
  stamp: Stamp,
): OutreachContactRow {
  return tx
    .insert(outreachContact)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
}

/** A target's contacts with the agency's and staff member's names, newest first. */
export function contactsOfTarget(db: ReadDb, targetId: number) {
  return db
    .select({
      id: outreachContact.id,
      contactedOn: outreachContact.contactedOn,
      method: outreachContact.method,
      result: outreachContact.result,
      viaAgencyId: outreachContact.viaAgencyId,
      viaAgencyName: agency.name,
      staffId: outreachContact.staffId,
      staffName: staff.displayName,
      note: outreachContact.note,
    })
    .from(outreachContact)
    .leftJoin(agency, eq(agency.id, outreachContact.viaAgencyId))
    .leftJoin(staff, eq(staff.id, outreachContact.staffId))
    .where(eq(outreachContact.targetId, targetId))
    .orderBy(desc(outreachContact.contactedOn), desc(outreachContact.id))
    .all();
}

// Subqueries name the outer table by hand: drizzle leaves columns unqualified without joins.
/** The day of the target's latest contact (its index gives it without reading contact rows). */
const lastContactOn = sql<
  string | null
>`(SELECT max(c.contacted_on) FROM outreach_contact c WHERE c.target_id = outreach_target.id)`;
const contactCount = sql<number>`(SELECT count(*) FROM outreach_contact c WHERE c.target_id = outreach_target.id)`;

/** The date staleness counts from: the latest contact, or 把握 when there was none. */
export const outreachQuietSince = sql<string>`coalesce(${lastContactOn}, ${outreachTarget.raisedOn})`;

export type OutreachSummaryRow = {
  id: number;
  name: string;
  nameKana: string;
  stage: OutreachTargetRow['stage'];
  raisedOn: string;
  district: string;
  mainStaffId: number | null;
  mainStaffName: string | null;
  contactCount: number;
  lastContactOn: string | null;
  caseId: number | null;
  caseNumber: string | null;
};

/**
 * List lines of the targets passing `where`, with their contact count, latest contact, 主担当's
 * name and case number; `order` is 'recent' (newest 把握 first) or 'quiet' (longest silence first).
 */
export function outreachSummaryRows(
  db: ReadDb,
  where: SQL | undefined,
  order: 'recent' | 'quiet' = 'recent',
  limit = -1,
): OutreachSummaryRow[] {
  return (
    db
      .select({
        id: outreachTarget.id,
        name: outreachTarget.name,
        nameKana: outreachTarget.nameKana,
        stage: outreachTarget.stage,
        raisedOn: outreachTarget.raisedOn,
        district: outreachTarget.district,
        mainStaffId: outreachTarget.mainStaffId,
        mainStaffName: staff.displayName,
        contactCount,
        lastContactOn,
        caseId: outreachTarget.caseId,
        caseNumber: supportCase.caseNumber,
      })
      .from(outreachTarget)
      .leftJoin(staff, eq(staff.id, outreachTarget.mainStaffId))
      .leftJoin(supportCase, eq(supportCase.id, outreachTarget.caseId))
      .where(where)
      .orderBy(
        ...(order === 'quiet'
          ? [asc(outreachQuietSince), asc(outreachTarget.id)]
          : [desc(outreachTarget.raisedOn), desc(outreachTarget.id)]),
      )
      // SQLite reads a negative LIMIT as none.
      .limit(limit)
      .all()
  );
}

/** How many outreach targets `where` selects (the rows outreachSummaryRows would list). */
export function countOutreach(db: ReadDb, where: SQL | undefined): number {
  return (
    db
      .select({ n: count() })
      .from(outreachTarget)
      .leftJoin(supportCase, eq(supportCase.id, outreachTarget.caseId))
      .where(where)
      .get()?.n ?? 0
  );
}

/** The outreach target that 支援へ移行 linked to each of these cases. */
export function outreachIdsOfCases(db: ReadDb, caseIds: readonly number[]): Map<number, number> {
  if (caseIds.length === 0) return new Map();
  const rows = db
    .select({ id: outreachTarget.id, caseId: outreachTarget.caseId })
    .from(outreachTarget)
    .where(inArray(outreachTarget.caseId, [...caseIds]))
    .all();
  return new Map(rows.flatMap((r) => (r.caseId === null ? [] : [[r.caseId, r.id] as const])));
}
