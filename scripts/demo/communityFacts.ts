import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../db/database';
import type { Route, Sex, Stage } from '../../electron/contract/caseCodes';
import { dayOf } from './demoCalendar';

/** A case this run wrote, as the outreach and 参加支援 passes need it. */
export type CaseFact = {
  caseId: number;
  personId: number;
  personName: string;
  personKana: string;
  sex: Sex | null;
  birthDate: string | null;
  address: string;
  district: string;
  receivedDay: number;
  route: Route;
  stage: Stage;
  mainStaffId: number | null;
  tags: string[];
};

type Row = Omit<CaseFact, 'receivedDay' | 'tags'> & { receivedOn: string; tags: string | null };

/**
 * Reads back the unrestricted cases this run wrote (ids above `afterCaseId`), in id order, with
 * their person, address and 課題: the later passes work from what the households pass stored, so
 * they never disagree with it. Restricted (DV) households are left out: nobody reaches out to an
 * address that must stay unknown, nor sends its members to a public place on record.
 */
export function readCaseFacts(db: ReadDb, afterCaseId: number): CaseFact[] {
  const rows = db.all<Row>(sql`SELECT c.id AS caseId, c.person_id AS personId, p.name AS personName,
      p.name_kana AS personKana, p.sex, p.birth_date AS birthDate, h.address, h.district,
      c.received_on AS receivedOn, c.route, c.stage, c.main_staff_id AS mainStaffId,
      (SELECT group_concat(t.tag, '|') FROM case_tag t WHERE t.case_id = c.id) AS tags
    FROM support_case c
    JOIN person p ON p.id = c.person_id
    JOIN household h ON h.id = c.household_id
    WHERE c.id > ${afterCaseId} AND c.restricted = 0
      AND NOT EXISTS (SELECT 1 FROM support_case r WHERE r.household_id = c.household_id AND r.restricted = 1)
    ORDER BY c.id`);
  return rows.map(({ receivedOn, tags, ...row }) => ({
    ...row,
    receivedDay: dayOf(receivedOn),
    tags: tags === null ? [] : tags.split('|'),
  }));
}
