import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { supportCase } from '../../../db/schema';
import { buildCase, buildPerson, buildPersonWithCase } from '../../../db/testing/caseBuilders';
import type { Route } from '../../contract/caseCodes';
import { setUpCaseWork, type CaseWorkFixture } from '../cases/caseWork.testing';
import { addOutreachContact } from '../outreach/addOutreachContact';
import { contactInput, stageInput, targetInput } from '../outreach/outreach.testing';
import { createOutreach } from '../outreach/outreachRecords';
import { setOutreachStage } from '../outreach/setOutreachStage';
import { followUpMatch } from '../participation/followUpMatch';
import { createMatch } from '../participation/matchRecords';
import { followUpInput, matchInput, resourceInput } from '../participation/participation.testing';
import { createResource } from '../participation/resourceRecords';
import { updateSettings } from '../settings/settingsService';
import { buildMeeting } from './dashboard.testing';
import { homeDashboard } from './homeDashboard';
import { monthsOfFiscalYear } from './monthlyNewCases';
import { weekOf } from './weekMeetings';

let f: CaseWorkFixture;
const ids: Record<string, number> = {};
// Monday 2026-06-08, 00:30 in Japan (still Sunday in UTC).
const monday = '2026-06-07T15:30:00.000Z';

function setRoute(caseId: number, route: Route) {
  f.db.update(supportCase).set({ route }).where(eq(supportCase.id, caseId)).run();
}

beforeAll(() => {
  f = setUpCaseWork();
  const w = f.worker.staffId;
  const o = f.otherWorker.staffId;
  withTransaction(f.db, (tx) => {
    const mine = (name: string, spec: Parameters<typeof buildPersonWithCase>[2]) =>
      buildPersonWithCase(tx, { name }, spec).caseId;
    ids.intake1 = mine('受付 一', {
      mainStaffId: w,
      receivedOn: '2026-04-15',
      fields: ['elderly', 'poverty'],
    });
    ids.intake2 = mine('受付 二', { mainStaffId: w, stage: 'intake', receivedOn: '2026-06-01' });
    ids.support = mine('支援 三', { mainStaffId: w, stage: 'support', receivedOn: '2026-03-31' });
    ids.closed = mine('終結 四', { mainStaffId: w, stage: 'closed', receivedOn: '2026-05-02' });
    ids.sub = mine('副担 五', {
      mainStaffId: o,
      subStaffId: w,
      stage: 'assessment',
      receivedOn: '2026-05-03',
      fields: ['child'],
    });
    ids.others = mine('他人 六', {
      mainStaffId: o,
      receivedOn: '2026-05-04',
      fields: ['disability'],
    });
    // A restricted case of the other worker hides its whole household, the worker's case included.
    const hidden = buildPersonWithCase(
      tx,
      { name: '秘匿 七' },
      { mainStaffId: o, restricted: true, receivedOn: '2026-06-02', fields: ['child', 'other'] },
    );
    const sibling = buildPerson(tx, { name: '秘匿 八', householdId: hidden.householdId });
    ids.hiddenMine = buildCase(tx, {
      personId: sibling.id,
      householdId: hidden.householdId,
      mainStaffId: w,
      receivedOn: '2026-06-03',
    }).id;
    ids.hidden = hidden.caseId;
    ids.weekStart = buildMeeting(tx, {
      heldOn: '2026-06-08',
      kind: 'shien',
      startTime: '14:00',
      caseIds: [ids.hidden, ids.others],
    });
    ids.weekEnd = buildMeeting(tx, { heldOn: '2026-06-14', kind: 'jusou', status: 'held' });
    ids.weekEarly = buildMeeting(tx, { heldOn: '2026-06-08', kind: 'case', startTime: '09:30' });
    buildMeeting(tx, { heldOn: '2026-06-10', status: 'cancelled' });
    buildMeeting(tx, { heldOn: '2026-06-07' });
    buildMeeting(tx, { heldOn: '2026-06-15' });
  });
  setRoute(ids.intake2!, 'outreach');
  setRoute(ids.hidden!, 'referral');

  // Outreach: silent 30 days or more is listed, 29 is not; closed targets never.
  f.clock.set('2026-06-01T01:00:00.000Z');
  const target = (name: string, raisedOn: string, contactedOn?: string) => {
    const t = createOutreach(f.db, f.worker, f.clock, targetInput({ name, raisedOn }));
    if (contactedOn)
      addOutreachContact(f.db, f.worker, f.clock, contactInput(t.id, { contactedOn }));
    return t.id;
  };
  ids.neverContacted = target('未接触 一', '2026-05-01');
  ids.contacted30 = target('三十日 二', '2026-04-01', '2026-05-09');
  target('二十九日 三', '2026-04-01', '2026-05-10');
  const ended = target('終了 四', '2026-04-01');
  setOutreachStage(
    f.db,
    f.worker,
    f.clock,
    stageInput(ended, 'ended', { reason: '転居', on: '2026-04-02' }),
  );

  // Matches: the same 30-day rule from the latest follow-up (or 提案); 中断 and 終了 never.
  const resourceId = createResource(f.db, f.worker, f.clock, resourceInput()).id;
  const match = (name: string, proposedOn: string, followedOn?: string, statusTo?: 'suspended') => {
    const p = withTransaction(f.db, (tx) => buildPerson(tx, { name }));
    const m = createMatch(f.db, f.worker, f.clock, matchInput(p.id, resourceId, { proposedOn }));
    if (followedOn)
      followUpMatch(
        f.db,
        f.worker,
        f.clock,
        followUpInput(m.id, { followedOn, statusTo: statusTo ?? null }),
      );
    return m.id;
  };
  ids.matchStale = match('提案のみ 一', '2026-05-09');
  ids.matchFollowed = match('経過 二', '2026-04-01', '2026-05-08');
  match('最近 三', '2026-04-01', '2026-05-10');
  match('中断 四', '2026-04-01', '2026-04-02', 'suspended');
});
afterAll(() => f.cleanup());
beforeEach(() => f.clock.set(monday));

describe('dashboard.home', () => {
  it('counts my open cases (主担当 or 副担当) by stage, leaving out a household hidden from me', () => {
    expect(homeDashboard(f.db, f.worker, f.clock).myOpenCasesByStage).toEqual({
      intake: 2,
      support: 1,
      assessment: 1,
    });
    // The admin sees every household, and is assigned nothing here.
    expect(homeDashboard(f.db, f.admin, f.clock).myOpenCasesByStage).toEqual({});
  });

  it('lists this week’s meetings, Monday to Sunday in Japan, not 中止, with agenda counts only', () => {
    expect(weekOf('2026-06-14')).toEqual({ monday: '2026-06-08', sunday: '2026-06-14' });
    updateSettings(f.db, f.admin, f.clock, {
      meetingKindNames: {
        shien: '支援会議（法定）',
        jusou: '重層会議',
        case: 'ケース会議',
        study: '事例検討',
      },
    });
    const meetings = homeDashboard(f.db, f.worker, f.clock).meetingsThisWeek;
    expect(meetings.map((m) => [m.id, m.heldOn, m.kindName, m.caseCount])).toEqual([
      [ids.weekEarly, '2026-06-08', 'ケース会議', 0],
      [ids.weekStart, '2026-06-08', '支援会議（法定）', 2],
      [ids.weekEnd, '2026-06-14', '重層会議', 0],
    ]);
    expect(JSON.stringify(meetings)).not.toContain('秘匿');
  });

  it('lists outreach and matches silent for 30 days or more, the longest first', () => {
    f.clock.set('2026-06-08T01:00:00.000Z');
    const home = homeDashboard(f.db, f.worker, f.clock);
    expect(home.outreachWithoutContact.rows.map((t) => [t.id, t.daysSinceContact])).toEqual([
      [ids.neverContacted, 38],
      [ids.contacted30, 30],
    ]);
    expect(home.outreachWithoutContact.total).toBe(2);
    expect(home.matchesWithoutFollowUp.rows.map((m) => [m.id, m.daysSinceFollowUp])).toEqual([
      [ids.matchFollowed, 31],
      [ids.matchStale, 30],
    ]);
    expect(home.matchesWithoutFollowUp.total).toBe(2);
  });

  it('counts new consultations per month of this 年度 by field and route; 管理者 count every case', () => {
    const home = homeDashboard(f.db, f.admin, f.clock);
    expect(home.fiscalYear).toBe(2026);
    expect(home.newCasesByMonth.map((m) => m.month)).toEqual(monthsOfFiscalYear(2026));
    expect(home.newCasesByMonth.map((m) => m.total)).toEqual([1, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const [april, may, june] = home.newCasesByMonth;
    expect(april?.byField).toEqual({ elderly: 1, disability: 0, child: 0, poverty: 1, other: 0 });
    expect(may?.byField).toEqual({ elderly: 0, disability: 1, child: 1, poverty: 0, other: 1 });
    expect(june?.byField).toEqual({ elderly: 0, disability: 0, child: 1, poverty: 0, other: 3 });
    expect(june?.byRoute).toMatchObject({ counter: 1, outreach: 1, referral: 1 });
  });

  it('leaves out of the chart what the case list hides from a 相談員 (閲覧制限, issue 16)', () => {
    // Before, the worker's chart counted the hidden household's two June cases: comparing it
    // with the list gave away their month, 分野 and 経路.
    const home = homeDashboard(f.db, f.worker, f.clock);
    expect(home.newCasesByMonth.map((m) => m.total)).toEqual([1, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const june = home.newCasesByMonth[2];
    expect(june?.byField.child).toBe(0);
    expect(Object.values(june?.byRoute ?? {}).reduce((a, b) => a + b, 0)).toBe(1);
    // The other worker, 主担当 of the restricted case, sees it counted.
    const other = homeDashboard(f.db, f.otherWorker, f.clock);
    expect(other.newCasesByMonth[2]?.byField.child).toBe(1);
  });
});
