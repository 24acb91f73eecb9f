import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activityKinds,
  matchStatuses,
  outreachStages,
  resourceKinds,
  type MatchStatus,
} from '../../electron/contract/communityCodes';
import type { Actor } from '../../electron/services/audit/actor';
import { manualClock } from '../../electron/services/clock.testing';
import { homeDashboard } from '../../electron/services/dashboard/homeDashboard';
import { statusRefusal } from '../../electron/services/participation/matchStatusRules';
import { column, createDemoTestDb, demoOptions, demoToday } from './demo.testing';
import { generateDemo, type DemoSummary } from './generateDemo';

describe('generateDemo: アウトリーチ, 参加支援 and 地域づくり at 60 households', () => {
  let t: ReturnType<typeof createDemoTestDb>;
  let summary: DemoSummary;
  const values = (query: string) => new Set(column<string>(t.sqlite, query));
  const count = (query: string) => column<number>(t.sqlite, `SELECT count(*) FROM ${query}`)[0];
  const rows = <T>(query: string) => t.sqlite.prepare(query).all() as T[];

  beforeAll(() => {
    t = createDemoTestDb();
    summary = generateDemo(t.db, demoOptions(t.adminId));
  });
  afterAll(() => t.cleanup());

  it('reports what it wrote', () => {
    expect(count('outreach_target')).toBe(summary.outreachTargets);
    expect(count('outreach_contact')).toBe(summary.outreachContacts);
    expect(count("outreach_target WHERE stage = 'transferred'")).toBe(summary.transferredOutreach);
    expect(count('resource')).toBe(summary.resources);
    expect(count('participation_match')).toBe(summary.matches);
    expect(count('participation_followup')).toBe(summary.followUps);
    expect(count('community_activity')).toBe(summary.activities);
    expect(summary.resources).toBeGreaterThanOrEqual(15);
    expect(summary.resources).toBeLessThanOrEqual(25);
  });

  it('has outreach in every stage; moved ones are the cases that came through アウトリーチ', () => {
    expect(values('SELECT DISTINCT stage FROM outreach_target')).toEqual(
      new Set(outreachStages.codes),
    );
    expect(
      rows<{ route: string; outreach: number; samePerson: number }>(`SELECT c.route, c.outreach,
        c.person_id = t.person_id AS samePerson FROM outreach_target t
        JOIN support_case c ON c.id = t.case_id`),
    ).toEqual(
      Array.from({ length: summary.transferredOutreach }, () => ({
        route: 'outreach',
        outreach: 1,
        samePerson: 1,
      })),
    );
    expect(count("support_case WHERE route = 'outreach' AND restricted = 0")).toBe(
      summary.transferredOutreach,
    );
    // Contacts between 把握 and today (and before 受付日 once moved); 接触 and beyond reached the person.
    expect(
      count(`outreach_contact k JOIN outreach_target t ON t.id = k.target_id
        LEFT JOIN support_case c ON c.id = t.case_id
        WHERE k.contacted_on < t.raised_on OR k.contacted_on > '${demoToday}'
          OR k.contacted_on > coalesce(c.received_on, '9999')`),
    ).toBe(0);
    expect(
      count(`outreach_target t WHERE (stage = 'identified') = EXISTS (SELECT 1 FROM outreach_contact k
        WHERE k.target_id = t.id AND k.result <> 'absent')`),
    ).toBe(0);
    expect(
      count("outreach_target WHERE stage = 'ended' AND (ended_on IS NULL OR end_reason = '')"),
    ).toBe(0);
  });

  it('has a directory of every kind and matches in every status, each move a valid follow-up', () => {
    expect(values('SELECT DISTINCT kind FROM resource')).toEqual(new Set(resourceKinds.codes));
    expect(count('resource WHERE active = 0')).toBe(1);
    expect(values('SELECT DISTINCT status FROM participation_match')).toEqual(
      new Set(matchStatuses.codes),
    );
    const matches = rows<{
      id: number;
      status: MatchStatus;
      proposedOn: string;
      startedOn: string | null;
      endedOn: string | null;
      moves: string | null;
    }>(`SELECT m.id, m.status, m.proposed_on AS proposedOn, m.started_on AS startedOn,
        m.ended_on AS endedOn, (SELECT group_concat(status_to || '@' || followed_on, ',') FROM
          (SELECT status_to, followed_on FROM participation_followup f WHERE f.match_id = m.id
            AND status_to IS NOT NULL ORDER BY followed_on, id)) AS moves
      FROM participation_match m`);
    for (const match of matches) {
      const moves = (match.moves ?? '')
        .split(',')
        .filter(Boolean)
        .map((m) => m.split('@'));
      let status: MatchStatus = 'proposed';
      for (const [to] of moves) {
        expect(
          statusRefusal(status, to as MatchStatus),
          `${match.id}: ${status} → ${to}`,
        ).toBeNull();
        status = to as MatchStatus;
      }
      expect(status).toBe(match.status);
      const started = moves.find(([to]) => to === 'participating' || to === 'settled');
      expect(match.startedOn).toBe(started?.[1] ?? null);
      const ended = match.status === 'suspended' || match.status === 'ended';
      expect(match.endedOn).toBe(ended ? (moves.at(-1)?.[1] ?? null) : null);
    }
    expect(count(`participation_followup WHERE followed_on > '${demoToday}'`)).toBe(0);
  });

  it('has activities of every kind in each of the last twelve months, groups within the total', () => {
    expect(values('SELECT DISTINCT kind FROM community_activity')).toEqual(
      new Set(activityKinds.codes),
    );
    expect(values('SELECT DISTINCT substr(held_on, 1, 7) FROM community_activity').size).toBe(12);
    expect(
      count(`community_activity WHERE held_on > '${demoToday}' OR participants <
        coalesce(participants_elderly, 0) + coalesce(participants_disability, 0)
        + coalesce(participants_children, 0) + coalesce(participants_other, 0)`),
    ).toBe(0);
  });

  it('gives ホーム something to show: silent outreach and matches, this 年度’s new cases', () => {
    const admin: Actor = {
      staffId: t.adminId,
      login: 'kanri',
      displayName: '管理 太郎',
      role: 'admin',
    };
    const home = homeDashboard(t.db, admin, manualClock('2026-06-15T01:00:00.000Z'));
    expect(home.outreachWithoutContact.total).toBeGreaterThan(0);
    expect(home.matchesWithoutFollowUp.total).toBeGreaterThan(0);
    expect(home.newCasesByMonth.reduce((sum, m) => sum + m.total, 0)).toBeGreaterThan(0);
  });
});
