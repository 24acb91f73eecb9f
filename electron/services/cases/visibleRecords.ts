import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import { findHouseholdById } from '../../../db/repositories/householdRepository';
import { findPersonById } from '../../../db/repositories/personRepository';
import { findCaseById } from '../../../db/repositories/supportCaseRepository';
import {
  household,
  type HouseholdRow,
  type PersonRow,
  type SupportCaseRow,
} from '../../../db/schema';
import type { Actor } from '../audit/actor';
import { canSeeCase, caseNotFound, visibleHouseholdSql } from './caseAccess';
import { householdNotFound, personNotFound } from './caseErrors';

/** The household if it exists and the actor may see it (閲覧制限 hides a household as a whole). */
export function findVisibleHousehold(
  db: ReadDb,
  actor: Actor,
  id: number,
): HouseholdRow | undefined {
  return findHouseholdById(db, id, visibleHouseholdSql(actor, sql`${household.id}`));
}

export function requireVisibleHousehold(db: ReadDb, actor: Actor, id: number): HouseholdRow {
  const row = findVisibleHousehold(db, actor, id);
  if (!row) throw householdNotFound();
  return row;
}

/** A person is visible when their household is. */
export function requireVisiblePerson(db: ReadDb, actor: Actor, id: number): PersonRow {
  const row = findPersonById(db, id);
  if (!row || !findVisibleHousehold(db, actor, row.householdId)) throw personNotFound();
  return row;
}

/**
 * The case if the actor may see it: the case rule of caseAccess.ts, and its household must not
 * be hidden by another restricted case (the case screen shows the household's address).
 */
export function findVisibleCase(db: ReadDb, actor: Actor, id: number): SupportCaseRow | undefined {
  const row = findCaseById(db, id);
  if (!row || !canSeeCase(actor, row)) return undefined;
  return findVisibleHousehold(db, actor, row.householdId) ? row : undefined;
}

export function requireVisibleCase(db: ReadDb, actor: Actor, id: number): SupportCaseRow {
  const row = findVisibleCase(db, actor, id);
  if (!row) throw caseNotFound();
  return row;
}
