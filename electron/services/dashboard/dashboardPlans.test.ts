import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { buildPersonWithCase, buildStaff } from '../../../db/testing/caseBuilders';
import { createTestDb, type TestDb } from '../../../db/testing/createTestDb';
import { fullScans, loggingDb, queryPlan } from '../../../db/testing/queryPlans';
import { matchListInput } from '../../contract/schemas/participation';
import type { Actor } from '../audit/actor';
import { manualClock } from '../clock.testing';
import { addOutreachContact } from '../outreach/addOutreachContact';
import { contactInput, targetInput } from '../outreach/outreach.testing';
import { listOutreach } from '../outreach/outreachReads';
import { createOutreach } from '../outreach/outreachRecords';
import { followUpMatch } from '../participation/followUpMatch';
import { getMatch, listMatches } from '../participation/matchReads';
import { createMatch } from '../participation/matchRecords';
import { followUpInput, matchInput, resourceInput } from '../participation/participation.testing';
import { createResource } from '../participation/resourceRecords';
import { buildMeeting } from './dashboard.testing';
import { homeDashboard } from './homeDashboard';

let t: TestDb;
let admin: Actor;
let worker: Actor;
const clock = manualClock('2026-06-08T01:00:00.000Z');
let matchId = 0;

beforeAll(() => {
  t = createTestDb();
  ({ admin, worker } = withTransaction(t.db, (tx) => ({
    admin: buildStaff(tx, 'kanri', 'admin'),
    worker: buildStaff(tx, 'w1', 'worker'),
  })));
  const c = withTransaction(t.db, (tx) => {
    const open = buildPersonWithCase(
      tx,
      { name: '一' },
      { mainStaffId: worker.staffId, receivedOn: '2026-05-01' },
    );
    buildPersonWithCase(tx, { name: '二' }, { mainStaffId: admin.staffId, restricted: true });
    buildMeeting(tx, { heldOn: '2026-06-09', caseIds: [open.caseId] });
    return open;
  });
  const target = createOutreach(t.db, worker, clock, targetInput({ raisedOn: '2026-04-01' }));
  addOutreachContact(t.db, worker, clock, contactInput(target.id));
  const resourceId = createResource(t.db, worker, clock, resourceInput()).id;
  matchId = createMatch(t.db, worker, clock, matchInput(c.personId, resourceId)).id;
  followUpMatch(t.db, worker, clock, followUpInput(matchId, { statusTo: 'participating' }));
});
afterAll(() => t.cleanup());

/** The plan of every statement `run` makes, by its SQL. */
function plans(run: (db: TestDb['db']) => unknown): Array<{ sql: string; plan: string[] }> {
  const { db, queries } = loggingDb(t.sqlite);
  run(db);
  return queries.map((query) => ({ sql: query.sql, plan: queryPlan(t.sqlite, query) }));
}

/** The plan of the first statement holding every fragment. */
const planOf = (all: Array<{ sql: string; plan: string[] }>, ...fragments: string[]): string =>
  all.find((q) => fragments.every((fragment) => q.sql.includes(fragment)))?.plan.join('\n') ??
  `no statement with ${fragments.join(' and ')}`;

// Without ANALYZE statistics SQLite plans the same for 10 rows as for 100,000.
describe('query plans of ホーム, outreach and 参加支援', () => {
  it('answers every statement of the dashboard from indexes, for a worker and for 管理者', () => {
    for (const actor of [worker, admin]) {
      const all = plans((db) => homeDashboard(db, actor, clock));
      // The few settings rows are read whole (the office's meeting kind names), and the count of
      // plans due reads its own subquery (at most 1,001 rows of the due index).
      for (const { sql: text, plan } of all) {
        expect(fullScans(plan, ['setting', 'due']), text).toEqual([]);
      }
      // My cases: two ranges of a staff index by person and stage, never every open case.
      expect(planOf(all, 'from "support_case"', '"support_case"."main_staff_id" = ?')).toMatch(
        /SEARCH support_case USING COVERING INDEX \w+ \(main_staff_id=\? AND stage=\?\)/u,
      );
      expect(planOf(all, 'from "support_case"', '"support_case"."sub_staff_id" = ?')).toMatch(
        /SEARCH support_case USING COVERING INDEX \w+ \(sub_staff_id=\? AND stage=\?\)/u,
      );
      // The 年度's cases by route: 管理者 from the covering index alone; a worker reads the 年度's
      // range and asks, per case, whether its household holds a case hidden from them (閲覧制限).
      const routes = planOf(all, '"support_case"."route"');
      if (actor === admin) {
        expect(routes).toContain('USING COVERING INDEX support_case_received_route');
      } else {
        expect(routes).toMatch(
          /SEARCH support_case USING (COVERING )?INDEX support_case_received\w* \(received_on>\? AND received_on<\?\)/u,
        );
        expect(routes).toContain('USING COVERING INDEX support_case_restricted_household');
      }
      expect(planOf(all, '"case_field"."field"')).toMatch(/SEARCH case_field USING/u);
      // My 次の対応: a range of the open items' partial index by staff and date.
      expect(planOf(all, 'from "next_action"')).toContain(
        'SEARCH next_action USING INDEX next_action_open (staff_id=? AND due_on',
      );
      expect(planOf(all, 'from "meeting"')).toContain('USING INDEX meeting_held_on');
      expect(planOf(all, 'from "meeting"')).toContain('USING COVERING INDEX meeting_case_once');
      expect(planOf(all, 'from "outreach_target"')).toContain('USING INDEX outreach_target_stage');
      expect(planOf(all, 'from "outreach_target"')).toContain(
        'USING COVERING INDEX outreach_contact_target',
      );
      expect(planOf(all, 'from "participation_match"')).toContain(
        'USING INDEX participation_match_status',
      );
      expect(planOf(all, 'from "participation_match"')).toContain(
        'USING COVERING INDEX participation_followup_match',
      );
    }
  });

  it('lists outreach and matches, and reads a match, from indexes', () => {
    const all = plans((db) => {
      listOutreach(db, worker, clock, { includeClosed: false });
      listMatches(db, worker, clock, matchListInput.parse({}));
      listMatches(db, worker, clock, matchListInput.parse({ personId: 1, openOnly: false }));
      getMatch(t.db, worker, clock, { id: matchId });
    });
    for (const { sql: text, plan } of all) expect(fullScans(plan), text).toEqual([]);
  });

  it('counts the report’s outreach contacts by date and matches by status from covering indexes', () => {
    const span = { from: '2026-04-01', to: '2026-04-30' };
    const contacts = t.db.all<{ detail: string }>(
      sql`EXPLAIN QUERY PLAN SELECT count(*), count(DISTINCT target_id) FROM outreach_contact
        WHERE contacted_on BETWEEN ${span.from} AND ${span.to}`,
    );
    expect(contacts.map((r) => r.detail).join('\n')).toContain(
      'USING COVERING INDEX outreach_contact_date',
    );
    const byStatus = t.db.all<{ detail: string }>(
      sql`EXPLAIN QUERY PLAN SELECT status, count(*) FROM participation_match
        WHERE status IN ('participating', 'settled') GROUP BY status`,
    );
    expect(byStatus.map((r) => r.detail).join('\n')).toContain(
      'USING COVERING INDEX participation_match_status',
    );
  });
});
