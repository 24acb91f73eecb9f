import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../audit/actor';
import { visibleCaseSql, visibleHouseholdSql } from './caseAccess';

/**
 * 閲覧制限 for rows that point at a case and/or a person (outreach targets, 参加支援 matches) by
 * their case_id and person_id: such a row is hidden exactly when the case it links to, or the
 * person's household, is hidden from the actor, so it never reveals a restricted person's name.
 */
export function visibleLinksSql(
  actor: Actor,
  table: 'outreach_target' | 'participation_match',
): SQL | undefined {
  if (actor.role === 'admin') return undefined;
  // Qualified by hand: drizzle leaves columns unqualified in a query without joins.
  const caseId = sql.raw(`${table}.case_id`);
  const personId = sql.raw(`${table}.person_id`);
  return sql`(${caseId} IS NULL OR EXISTS (SELECT 1 FROM support_case lc
      WHERE lc.id = ${caseId} AND ${visibleCaseSql(actor, 'lc')}))
    AND (${personId} IS NULL OR EXISTS (SELECT 1 FROM person lp
      WHERE lp.id = ${personId} AND ${visibleHouseholdSql(actor, sql`lp.household_id`)}))`;
}
