import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { ReadDb } from '../database';
import { auditLog, supportCase, supportPlan, type AuditRow } from '../schema';

/** Audit filters resolved to ids and UTC instants (the service turns ケース番号 and dates into these). */
export type AuditQuery = {
  staffId?: number;
  /** A person and the cases they are the 本人 of. */
  person?: { id: number; caseIds: number[] };
  /** A case and its plans. */
  caseScope?: { id: number; planIds: number[] };
  /** Any of these actions (one, or a group's). */
  actions?: string[];
  fromAt?: string;
  toAt?: string;
};

const ids = (values: number[]) => values.map(String);

function conditions(query: AuditQuery): SQL[] {
  const where: SQL[] = [];
  if (query.staffId !== undefined) where.push(eq(auditLog.actorStaffId, query.staffId));
  if (query.actions !== undefined) where.push(inArray(auditLog.action, query.actions));
  if (query.fromAt !== undefined) where.push(gte(auditLog.at, query.fromAt));
  if (query.toAt !== undefined) where.push(lt(auditLog.at, query.toAt));
  const person = query.person;
  if (person) {
    const about = [
      and(eq(auditLog.targetType, 'person'), eq(auditLog.targetId, String(person.id))),
      sql`json_extract(${auditLog.detail}, '$.personId') = ${person.id}`,
    ];
    if (person.caseIds.length > 0) {
      about.push(
        and(eq(auditLog.targetType, 'case'), inArray(auditLog.targetId, ids(person.caseIds))),
        inArray(sql`json_extract(${auditLog.detail}, '$.caseId')`, person.caseIds),
      );
    }
    where.push(or(...about) ?? sql`0`);
  }
  const scope = query.caseScope;
  if (scope) {
    const about = [
      and(eq(auditLog.targetType, 'case'), eq(auditLog.targetId, String(scope.id))),
      sql`json_extract(${auditLog.detail}, '$.caseId') = ${scope.id}`,
    ];
    if (scope.planIds.length > 0) {
      about.push(
        and(eq(auditLog.targetType, 'plan'), inArray(auditLog.targetId, ids(scope.planIds))),
      );
    }
    where.push(or(...about) ?? sql`0`);
  }
  return where;
}

/** Audit rows matching `query`, newest first, with ids below `before` (keyset paging). */
export function queryAuditRows(
  db: ReadDb,
  query: AuditQuery,
  before: number | undefined,
  limit: number,
): AuditRow[] {
  const where = conditions(query);
  if (before !== undefined) where.push(lt(auditLog.id, before));
  return db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}

/** The ids of the cases a person is the 本人 of. */
export function caseIdsOfPerson(db: ReadDb, personId: number): number[] {
  return db
    .select({ id: supportCase.id })
    .from(supportCase)
    .where(eq(supportCase.personId, personId))
    .all()
    .map((r) => r.id);
}

/** A case by its ケース番号, with its plans' ids. */
export function caseScopeByNumber(
  db: ReadDb,
  caseNumber: string,
): { id: number; planIds: number[] } | undefined {
  const found = db
    .select({ id: supportCase.id })
    .from(supportCase)
    .where(eq(supportCase.caseNumber, caseNumber))
    .get();
  if (!found) return undefined;
  const planIds = db
    .select({ id: supportPlan.id })
    .from(supportPlan)
    .where(eq(supportPlan.caseId, found.id))
    .all()
    .map((r) => r.id);
  return { id: found.id, planIds };
}
