import type { ReadDb } from '../../../db/database';
import { findCaseByNumber } from '../../../db/repositories/supportCaseRepository';
import type { Actor } from '../audit/actor';
import { caseNotFound } from '../cases/caseAccess';
import { requireVisibleCase } from '../cases/visibleRecords';

/** A case number as typed (ｒ８－０００１, r8-0001) in the stored form: R8-0001. */
export function normalizeCaseNumber(text: string): string {
  return text.normalize('NFKC').trim().toUpperCase();
}

/**
 * The id of the case with this number, if the actor may see it; a missing and a hidden case are
 * both NOT_FOUND (ケースが見つかりません), so a number reveals nothing.
 */
export function caseIdByNumber(db: ReadDb, actor: Actor, caseNumber: string): number {
  const row = findCaseByNumber(db, normalizeCaseNumber(caseNumber));
  if (!row) throw caseNotFound();
  return requireVisibleCase(db, actor, row.id).id;
}
