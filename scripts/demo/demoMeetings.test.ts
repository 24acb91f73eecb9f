import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStaffById } from '../../db/repositories/staffRepository';
import { getMeeting } from '../../electron/services/meetings/meetingReads';
import { manualClock } from '../../electron/services/clock.testing';
import { column, createDemoTestDb, demoOptions, demoToday } from './demo.testing';
import { generateDemo, type DemoSummary } from './generateDemo';

let t: ReturnType<typeof createDemoTestDb>;
let summary: DemoSummary;

beforeAll(() => {
  t = createDemoTestDb();
  summary = generateDemo(t.db, demoOptions(t.adminId));
});
afterAll(() => t.cleanup());

const rows = <T>(query: string) => t.sqlite.prepare(query).all() as T[];

/** The case's 重層的支援会議 consent in force on the meeting's day (latest row on or before it). */
const consentOnTheDay = `(SELECT c.state FROM consent c WHERE c.case_id = mc.case_id
  AND c.kind = 'jusouMeeting' AND c.recorded_on <= m.held_on ORDER BY c.recorded_on DESC, c.id DESC LIMIT 1)`;

describe('demo meetings', () => {
  it('holds monthly 支援会議 and 重層的支援会議, and plans the next one, as counted', () => {
    const count = (query: string) => column<number>(t.sqlite, `SELECT count(*) FROM ${query}`)[0];
    expect(summary.shienMeetings).toBeGreaterThan(6);
    expect(summary.jusouMeetings).toBeGreaterThan(6);
    expect(count("meeting WHERE kind = 'shien'")).toBe(summary.shienMeetings);
    expect(count("meeting WHERE kind = 'jusou'")).toBe(summary.jusouMeetings);
    expect(count('meeting_case')).toBe(summary.meetingCases);
    expect(count('meeting_decision')).toBe(summary.meetingDecisions);
    expect(count('support_plan WHERE approved_meeting_id IS NOT NULL')).toBe(summary.approvedPlans);
    expect(count(`meeting WHERE status = 'held' AND held_on > '${demoToday}'`)).toBe(0);
    expect(count(`meeting WHERE status = 'planned' AND held_on <= '${demoToday}'`)).toBe(0);
    expect(count("meeting WHERE status = 'planned'")).toBeGreaterThan(0);
    expect(new Set(column<string>(t.sqlite, 'SELECT DISTINCT kind FROM meeting_decision'))).toEqual(
      new Set(['supportDecision', 'planApproval', 'roleAssignment', 'evaluation', 'closure']),
    );
  });

  it('keeps the consent rule: a 重層的支援会議 discusses only cases consenting on its day', () => {
    const onAgenda = rows<{ kind: string; state: string | null }>(
      `SELECT m.kind, ${consentOnTheDay} AS state FROM meeting_case mc JOIN meeting m ON m.id = mc.meeting_id
       WHERE m.status = 'held'`,
    );
    const states = (kind: string) =>
      new Set(onAgenda.filter((r) => r.kind === kind).map((r) => r.state));
    expect(states('jusou')).toEqual(new Set(['given']));
    expect(states('shien').has('given')).toBe(false);
    expect(states('shien').size).toBeGreaterThan(0);
  });

  it('approves 確定 plans of the case at a 重層的支援会議 on or after their 作成日', () => {
    const approvals = rows<{ ok: number }>(
      `SELECT (m.kind = 'jusou' AND p.case_id = mc.case_id AND p.created_on <= m.held_on
          AND p.approved_meeting_id = m.id AND p.status <> 'draft'
          AND substr(p.confirmed_at, 1, 10) = m.held_on) AS ok
       FROM meeting_decision d JOIN meeting_case mc ON mc.id = d.meeting_case_id
       JOIN meeting m ON m.id = mc.meeting_id JOIN support_plan p ON p.id = d.plan_id
       WHERE d.kind = 'planApproval'`,
    );
    expect(approvals.length).toBe(summary.approvedPlans);
    expect(approvals.every((a) => a.ok === 1)).toBe(true);
    const closures = rows<{ ok: number }>(
      `SELECT (m.kind = 'jusou' AND c.stage = 'closed' AND c.closed_on >= m.held_on) AS ok
       FROM meeting_decision d JOIN meeting_case mc ON mc.id = d.meeting_case_id
       JOIN meeting m ON m.id = mc.meeting_id JOIN support_case c ON c.id = mc.case_id
       WHERE d.kind = 'closure'`,
    );
    expect(closures.length).toBeGreaterThan(0);
    expect(closures.every((a) => a.ok === 1)).toBe(true);
  });

  it('lists attendees with 守秘義務 acknowledged on the day at a held 支援会議 only', () => {
    const acks = rows<{
      kind: string;
      status: string;
      acked: number;
      total: number;
      agencies: number;
    }>(
      `SELECT m.kind, m.status, sum(coalesce(a.confidentiality_ack_on = m.held_on, 0)) AS acked, count(*) AS total,
         count(a.agency_id) AS agencies
       FROM meeting_attendee a JOIN meeting m ON m.id = a.meeting_id GROUP BY m.id`,
    );
    for (const meeting of acks) {
      expect(meeting.total).toBeGreaterThanOrEqual(2);
      const shienHeld = meeting.kind === 'shien' && meeting.status === 'held';
      expect(meeting.acked).toBe(shienHeld ? meeting.total : 0);
    }
    expect(acks.some((m) => m.agencies > 0)).toBe(true);
  });

  it('shows a withdrawn consent as a warning at the 重層的支援会議 that discussed the case', () => {
    const flagged = rows<{ meetingId: number; caseId: number }>(
      `SELECT m.id AS meetingId, mc.case_id AS caseId FROM meeting_case mc
       JOIN meeting m ON m.id = mc.meeting_id
       JOIN consent_current cc ON cc.case_id = mc.case_id AND cc.kind = 'jusouMeeting'
       WHERE m.kind = 'jusou' AND cc.state <> 'given' ORDER BY m.id LIMIT 1`,
    );
    expect(flagged).toHaveLength(1);
    const admin = findStaffById(t.db, t.adminId);
    if (!admin) throw new Error('no admin');
    const actor = {
      staffId: admin.id,
      login: admin.login,
      displayName: admin.displayName,
      role: admin.role,
    };
    const view = getMeeting(t.db, actor, manualClock(), { id: flagged[0]?.meetingId ?? 0 });
    const entry = view.cases.find((c) => c.caseId === flagged[0]?.caseId);
    expect(entry?.consentWarning).toContain('撤回されています');
  });
});
