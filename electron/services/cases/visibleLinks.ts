import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Actor } from '../audit/actor';
import { visibleCaseSql, visibleHouseholdSql } from './caseAccess';

/**
 * 閲覧制限 for records that point at a case and/or a person (outreach targets, 参加支援 matches):
 * such a record is hidden exactly when the case it links to, or the person's household, is hidden
 * from the actor, so it can never reveal a restricted person's name or whereabouts.
 */
export function visibleLinksSql(
  actor: Actor,
  links: { caseId: SQLiteColumn; personId: SQLiteColumn },
): SQL | undefined {
  if (actor.role === 'admin') return undefined;
  return sql`(${links.caseId} IS NULL OR EXISTS (SELECT 1 FROM support_case lc
      WHERE lc.id = ${links.caseId} AND ${visibleCaseSql(actor, 'lc')}))
    AND (${links.personId} IS NULL OR EXISTS (SELECT 1 FROM person lp
      WHERE lp.id = ${links.personId} AND ${visibleHouseholdSql(actor, sql`lp.household_id`)}))`;
}
