import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../../../../db/testing/createTestDb';
import { fullScans, loggingDb, queryPlan } from '../../../../db/testing/queryPlans';
import { countReport } from './countReport';
import { setUpReportData } from './reportFixture.testing';
import { reportPeriods } from './reportPeriod';

let fx: TestDb;
let plans: Array<{ sql: string; plan: string[] }>;
beforeAll(() => {
  fx = setUpReportData();
  const { db, queries } = loggingDb(fx.sqlite);
  countReport(db, reportPeriods('2025-10').fiscalYearPeriod);
  plans = queries.map((query) => ({ sql: query.sql, plan: queryPlan(fx.sqlite, query) }));
});
afterAll(() => fx.cleanup());

/** The plan of the one statement whose SQL contains every fragment. */
function planOf(...fragments: string[]): string {
  const found = plans.filter(({ sql }) => fragments.every((fragment) => sql.includes(fragment)));
  expect(found, fragments.join(' ')).toHaveLength(1);
  return found[0]?.plan.join(' | ') ?? '';
}

describe('the report queries use indexes (migrations 0009, 0014), read no table in full', () => {
  it('has no full scan in any statement', () => {
    expect(plans.length).toBeGreaterThanOrEqual(17);
    for (const { sql, plan } of plans) expect(fullScans(plan), sql).toEqual([]);
  });

  it.each([
    [['group by "support_case"."route"'], 'COVERING INDEX support_case_received_route'],
    [['group by "case_field"."field"'], 'COVERING INDEX support_case_received'],
    [['"closed_on" between'], 'COVERING INDEX support_case_closed'],
    [['"suspended_on" between'], 'COVERING INDEX support_case_suspended'],
    [['"coordination_on" between'], 'COVERING INDEX support_case_coordination_on'],
    [['"confirmed_at" >='], 'COVERING INDEX support_plan_confirmed_at'],
    [['"occurred_at" >='], 'COVERING INDEX progress_note_date'],
    [['"contacted_on" between', 'group by'], 'COVERING INDEX outreach_contact_date'],
    [['"contacted_on" between', "= 'met'"], 'COVERING INDEX outreach_contact_date'],
    [['"started_on" between'], 'COVERING INDEX participation_match_started'],
    [['"community_activity"."held_on" between'], 'INDEX community_activity_held_on'],
  ])('%j reads %s', (fragments, index) => {
    expect(planOf(...fragments)).toContain(index);
  });

  it('reads 継続 and 実人数 from the one index holding every column they need (migration 0014)', () => {
    const continuing = plans.filter(({ sql }) => sql.includes('"suspended_on" >='));
    // One statement per month of the 年度 (April .. October), then 実人数 of 継続 and of all.
    expect(continuing).toHaveLength(9);
    for (const { plan } of continuing) {
      expect(plan.join(' | '), plan.join(' | ')).toContain(
        'COVERING INDEX support_case_continuing',
      );
    }
  });

  it('reads meetings by kind and date, and their agenda cases by meeting', () => {
    const meetingPlans = plans.filter(({ sql }) => sql.includes('"meeting"."kind"'));
    expect(meetingPlans).toHaveLength(8);
    for (const { plan } of meetingPlans) {
      expect(plan.join(' | ')).toContain('SEARCH meeting USING INDEX meeting_kind');
    }
  });
});
