import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { supportCase } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import type { Actor } from '../audit/actor';

/**
 * 閲覧制限: a restricted case (DV, abuse) exists only for its 主担当, 副担当 and 管理者. Every
 * query that lists, counts, searches or opens cases adds this condition; to everyone else the
 * case is indistinguishable from one that does not exist.
 */
export function visibleCaseCondition(actor: Actor): SQL | undefined {
  if (actor.role === 'admin') return undefined;
  return or(
    eq(supportCase.restricted, false),
    eq(supportCase.mainStaffId, actor.staffId),
    eq(supportCase.subStaffId, actor.staffId),
  );
}

/** The same rule as raw SQL over an alias of support_case, for hand-written queries (search). */
export function visibleCaseSql(actor: Actor, alias: string): SQL {
  if (actor.role === 'admin') return sql`1`;
  const a = sql.raw(alias);
  return sql`(${a}.restricted = 0 OR ${a}.main_staff_id = ${actor.staffId} OR ${a}.sub_staff_id = ${actor.staffId})`;
}

/** Whether this actor may see a case row. */
export function canSeeCase(
  actor: Actor,
  row: { restricted: boolean; mainStaffId: number | null; subStaffId: number | null },
): boolean {
  return (
    actor.role === 'admin' ||
    !row.restricted ||
    row.mainStaffId === actor.staffId ||
    row.subStaffId === actor.staffId
  );
}

/** The error for a case that does not exist or may not be seen: the same, so nothing leaks. */
export function caseNotFound(): AppError {
  return new AppError('NOT_FOUND', 'ケースが見つかりません。');
}

/** 閲覧 may read but never write; the contract already refuses writes for that role. */
export function withVisibility(actor: Actor, condition: SQL | undefined): SQL | undefined {
  const visible = visibleCaseCondition(actor);
  return visible && condition ? and(visible, condition) : (visible ?? condition);
}

/**
 * A household holding a restricted case the actor may not see is hidden as a whole (members,
 * address, other cases): for DV the whereabouts of the household are the secret.
 */
export function visibleHouseholdSql(actor: Actor, householdIdColumn: SQL): SQL {
  if (actor.role === 'admin') return sql`1`;
  return sql`NOT EXISTS (SELECT 1 FROM support_case hidden WHERE hidden.household_id = ${householdIdColumn}
    AND hidden.restricted = 1
    AND coalesce(hidden.main_staff_id, 0) <> ${actor.staffId}
    AND coalesce(hidden.sub_staff_id, 0) <> ${actor.staffId})`;
}
