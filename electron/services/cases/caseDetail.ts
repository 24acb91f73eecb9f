import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import { findAgencyById } from '../../../db/repositories/agencyRepository';
import { findHouseholdById } from '../../../db/repositories/householdRepository';
import { outreachIdsOfCases } from '../../../db/repositories/outreachRepository';
import { findPersonById } from '../../../db/repositories/personRepository';
import { notesOfCases } from '../../../db/repositories/progressNoteRepository';
import { findStaffById } from '../../../db/repositories/staffRepository';
import type { SupportCaseRow } from '../../../db/schema';
import type { CaseDetail } from '../../contract/schemas/caseWork';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { caseAgencyViews } from './caseAgencyViews';
import { caseNotFound } from './caseAccess';
import { caseSummariesByIds } from './caseSummaries';
import { consentsOfCaseView } from './consentViews';
import { toHouseholdView, toPersonView } from './householdViews';
import { todayInJapan } from './japanDate';
import { noteViewsOf } from './noteViews';
import { requireVisibleCase } from './visibleRecords';

function staffName(db: ReadDb, id: number | null): string | null {
  return id === null ? null : (findStaffById(db, id)?.displayName ?? null);
}

/**
 * Everything the case screen shows, for a case the caller has already checked the actor may
 * see: header, person, household, consents, agencies and every note (newest first).
 */
export function buildCaseDetail(db: ReadDb, row: SupportCaseRow, today: string): CaseDetail {
  const [summary] = caseSummariesByIds(db, [row.id]);
  const personRow = findPersonById(db, row.personId);
  const householdRow = findHouseholdById(db, row.householdId);
  if (!summary || !personRow || !householdRow) throw caseNotFound();
  return {
    ...summary,
    receivedBy: row.receivedBy,
    receivedByName: staffName(db, row.receivedBy),
    visitorName: row.visitorName,
    visitorRelation: row.visitorRelation,
    visitorPhone: row.visitorPhone,
    mainTag: row.mainTag,
    chiefComplaint: row.chiefComplaint,
    subStaffId: row.subStaffId,
    subStaffName: staffName(db, row.subStaffId),
    mainAgencyId: row.mainAgencyId,
    mainAgencyName:
      row.mainAgencyId === null ? null : (findAgencyById(db, row.mainAgencyId)?.name ?? null),
    coordinationOn: row.coordinationOn,
    outreach: row.outreach,
    outreachId: outreachIdsOfCases(db, [row.id]).get(row.id) ?? null,
    closeReasonCode: row.closeReasonCode,
    closeReason: row.closeReason,
    person: toPersonView(personRow, today),
    household: toHouseholdView(householdRow),
    consents: consentsOfCaseView(db, row.id),
    agencies: caseAgencyViews(db, row.id),
    notes: noteViewsOf(db, notesOfCases(db, [row.id])),
  };
}

/** Opens a case: NOT_FOUND when missing or hidden by 閲覧制限; the view is audited. */
export function getCase(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'case.get'>,
): CaseDetail {
  return withTransaction(db, (tx) => {
    const row = requireVisibleCase(tx, actor, input.id);
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'case.view',
      target: { type: 'case', id: row.id },
    });
    return buildCaseDetail(tx, row, todayInJapan(clock));
  });
}
