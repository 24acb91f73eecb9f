import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import { personsOfHousehold } from '../../../db/repositories/personRepository';
import { notesOfCases } from '../../../db/repositories/progressNoteRepository';
import { caseIdsOfHousehold } from '../../../db/repositories/supportCaseRepository';
import type { HouseholdRow } from '../../../db/schema';
import type { HouseholdDetail } from '../../contract/calls/caseWorkCalls';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { agenciesAcrossCases } from './caseAgencyViews';
import { visibleCaseCondition } from './caseAccess';
import { caseSummariesByIds } from './caseSummaries';
import { toHouseholdView, toPersonView } from './householdViews';
import { todayInJapan } from './japanDate';
import { noteViewsOf } from './noteViews';
import { requireVisibleHousehold } from './visibleRecords';

/** The household timeline shows the latest notes; older ones are on each case screen. */
export const householdTimelineLimit = 200;

/**
 * 世帯まるごと for a household the caller has checked the actor may see: members, the cases the
 * actor may see, the agencies across them with the case numbers each serves, and their notes.
 */
export function buildHouseholdDetail(
  db: ReadDb,
  actor: Actor,
  row: HouseholdRow,
  today: string,
): HouseholdDetail {
  const caseIds = caseIdsOfHousehold(db, row.id, visibleCaseCondition(actor));
  const cases = caseSummariesByIds(db, caseIds);
  return {
    household: toHouseholdView(row),
    members: personsOfHousehold(db, row.id).map((p) => toPersonView(p, today)),
    cases,
    agencies: agenciesAcrossCases(db, new Map(cases.map((c) => [c.id, c.caseNumber]))),
    notes: noteViewsOf(db, notesOfCases(db, caseIds, householdTimelineLimit)),
  };
}

/** Opens the household screen: NOT_FOUND when missing or hidden; the view is audited. */
export function getHousehold(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'household.get'>,
): HouseholdDetail {
  return withTransaction(db, (tx) => {
    const row = requireVisibleHousehold(tx, actor, input.id);
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'household.view',
      target: { type: 'household', id: row.id },
    });
    return buildHouseholdDetail(tx, actor, row, todayInJapan(clock));
  });
}
