import { withTransaction, type Db } from '../../../db/database';
import { findAgencyById } from '../../../db/repositories/agencyRepository';
import { deleteCaseAgency, upsertCaseAgency } from '../../../db/repositories/caseAgencyRepository';
import { stampFor } from '../../../db/repositories/stamp';
import type { CaseAgencyView } from '../../contract/schemas/caseWork';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { caseAgencyViews } from './caseAgencyViews';
import { agencyNotFound } from './caseErrors';
import { requireVisibleCase } from './visibleRecords';

/** Adds an agency to a case with its 役割分担, or changes the role; returns the case's agencies. */
export function setCaseAgency(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'caseAgency.set'>,
): CaseAgencyView[] {
  return withTransaction(db, (tx) => {
    requireVisibleCase(tx, actor, input.caseId);
    if (!findAgencyById(tx, input.agencyId)) throw agencyNotFound();
    const at = clock.now();
    const { added } = upsertCaseAgency(
      tx,
      input.caseId,
      input.agencyId,
      input.role,
      stampFor(at, actor.staffId),
    );
    appendAudit(tx, {
      at,
      actor,
      action: 'caseAgency.set',
      target: { type: 'case', id: input.caseId },
      detail: { agencyId: input.agencyId, added },
    });
    return caseAgencyViews(tx, input.caseId);
  });
}

/** Takes an agency off a case (nothing to do if it was not on it); returns the case's agencies. */
export function removeCaseAgency(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'caseAgency.remove'>,
): CaseAgencyView[] {
  return withTransaction(db, (tx) => {
    requireVisibleCase(tx, actor, input.caseId);
    if (deleteCaseAgency(tx, input.caseId, input.agencyId)) {
      appendAudit(tx, {
        at: clock.now(),
        actor,
        action: 'caseAgency.remove',
        target: { type: 'case', id: input.caseId },
        detail: { agencyId: input.agencyId },
      });
    }
    return caseAgencyViews(tx, input.caseId);
  });
}
