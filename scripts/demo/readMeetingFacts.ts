import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../db/database';
import type { CloseReason, ConsentState } from '../../electron/contract/caseCodes';
import type { PlanStatus } from '../../electron/contract/planCodes';
import { dayOf } from './demoCalendar';
import type { MeetingCaseFacts } from './meetingNeeds';

type CaseRow = {
  id: number;
  coordinationOn: string;
  closedOn: string | null;
  closeReason: string;
  closeReasonCode: CloseReason | null;
};

/**
 * Reads back the 多機関協働 cases this run wrote (ids above `afterCaseId`), in id order, with their
 * 重層的支援会議 consent history, plan versions and agencies' roles: the meeting pass works from
 * what the households pass stored, so the two never disagree. Each query reads by case id range.
 */
export function readMeetingFacts(db: ReadDb, afterCaseId: number): MeetingCaseFacts[] {
  const cases = db.all<CaseRow>(sql`SELECT id, coordination_on AS coordinationOn,
      closed_on AS closedOn, close_reason AS closeReason,
      close_reason_code AS closeReasonCode
    FROM support_case WHERE id > ${afterCaseId} AND coordination_on IS NOT NULL ORDER BY id`);
  const consents = db.all<{ caseId: number; state: ConsentState; recordedOn: string }>(
    sql`SELECT case_id AS caseId, state, recorded_on AS recordedOn FROM consent
      WHERE case_id > ${afterCaseId} AND kind = 'jusouMeeting' ORDER BY case_id, recorded_on, id`,
  );
  const plans = db.all<{ caseId: number; id: number; status: PlanStatus; createdOn: string }>(
    sql`SELECT p.case_id AS caseId, p.id, p.status, p.created_on AS createdOn FROM support_plan p
      JOIN support_case c ON c.id = p.case_id AND c.coordination_on IS NOT NULL
      WHERE p.case_id > ${afterCaseId} ORDER BY p.case_id, p.version`,
  );
  const agencies = db.all<{ caseId: number; agencyId: number; name: string; role: string }>(
    sql`SELECT ca.case_id AS caseId, a.id AS agencyId, a.name, ca.role FROM case_agency ca
      JOIN support_case c ON c.id = ca.case_id AND c.coordination_on IS NOT NULL
      JOIN agency a ON a.id = ca.agency_id
      WHERE ca.case_id > ${afterCaseId} ORDER BY ca.case_id, ca.rowid`,
  );
  const byCase = <T extends { caseId: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const row of rows) {
      const list = map.get(row.caseId);
      if (list) list.push(row);
      else map.set(row.caseId, [row]);
    }
    return map;
  };
  const consentsOf = byCase(consents);
  const plansOf = byCase(plans);
  const agenciesOf = byCase(agencies);
  return cases.map((c) => {
    const history = consentsOf.get(c.id) ?? [];
    const given = history.find((h) => h.state === 'given');
    const withdrawn = given
      ? history.find((h) => h.state === 'withdrawn' && h.recordedOn >= given.recordedOn)
      : undefined;
    return {
      caseId: c.id,
      coordinationDay: dayOf(c.coordinationOn),
      closedDay: c.closedOn === null ? null : dayOf(c.closedOn),
      closeReason: c.closeReason,
      closeReasonCode: c.closeReasonCode,
      consentDay: given ? dayOf(given.recordedOn) : null,
      withdrawnDay: withdrawn ? dayOf(withdrawn.recordedOn) : null,
      plans: (plansOf.get(c.id) ?? []).map((p) => ({
        id: p.id,
        status: p.status,
        createdDay: dayOf(p.createdOn),
      })),
      agencies: (agenciesOf.get(c.id) ?? []).map(({ agencyId, name, role }) => ({
        agencyId,
        name,
        role,
      })),
    };
  });
}
