import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpCaseWork, type CaseWorkFixture } from '../cases/caseWork.testing';
import { buildMonthlyReport } from '../excel/report/monthlyReport';
import { confirmPlan } from '../plans/confirmPlan';
import { createPlan } from '../plans/planDraft';
import { caseForPlan, planInput } from '../plans/plans.testing';
import { printTextOf } from './forms/printText.testing';
import { printIntake } from './printIntake';
import { printPlan } from './printPlan';

// Issue 18 (1): every printed and counted date is the date in Japan, whatever the zone of the
// process — the same test runs with the process in UTC and in Asia/Tokyo and expects the same.
const moments = [
  {
    label: '00:30 JST',
    at: '2026-12-07T15:30:00.000Z',
    wareki: '令和8年12月8日',
    month: '2026-12',
  },
  {
    label: '08:59 JST',
    at: '2026-12-07T23:59:00.000Z',
    wareki: '令和8年12月8日',
    month: '2026-12',
  },
  {
    label: '3月31日 23:59 JST',
    at: '2027-03-31T14:59:00.000Z',
    wareki: '令和9年3月31日',
    month: '2027-03',
  },
  {
    label: '4月1日 00:30 JST',
    at: '2027-03-31T15:30:00.000Z',
    wareki: '令和9年4月1日',
    month: '2027-04',
  },
] as const;

const zones = [
  { zone: 'UTC', offsetMinutes: 0 },
  { zone: 'Asia/Tokyo', offsetMinutes: -540 },
] as const;

describe.each(zones)('with the process in $zone', ({ zone, offsetMinutes }) => {
  const savedZone = process.env.TZ;
  let f: CaseWorkFixture;
  const confirmed: Array<{ caseId: number; moment: (typeof moments)[number] }> = [];

  beforeAll(() => {
    process.env.TZ = zone;
    f = setUpCaseWork();
    for (const moment of moments) {
      const { caseId } = caseForPlan(f);
      const draft = createPlan(f.db, f.worker, f.clock, planInput(caseId));
      f.clock.set(moment.at);
      confirmPlan(f.db, f.worker, f.clock, { id: draft.id, approvedMeetingId: null });
      confirmed.push({ caseId, moment });
    }
  });
  afterAll(() => {
    f.cleanup();
    if (savedZone === undefined) delete process.env.TZ;
    else process.env.TZ = savedZone;
  });

  it('really runs in that zone', () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offsetMinutes);
  });

  it.each(moments.map((m, i) => [m.label, i] as const))(
    'prints a plan confirmed at %s with its date in Japan',
    (_label, i) => {
      const { caseId, moment } = confirmed[i]!;
      const text = printTextOf(printPlan(f.db, f.worker, f.clock, { caseId }).html);
      expect(text).toContain(`相談 一郎（${moment.wareki}）`);
    },
  );

  it.each(moments.map((m) => [m.label, m] as const))(
    'prints 作成日 as the day in Japan when printed at %s',
    (_label, moment) => {
      f.clock.set(moment.at);
      const html = printIntake(f.db, f.worker, f.clock, { caseId: confirmed[0]!.caseId }).html;
      expect(html).toContain(`作成日 ${moment.wareki}`);
    },
  );

  it('counts each confirmation in the month and 年度 of its day in Japan', () => {
    const count = (month: string) => buildMonthlyReport(f.db, month, new Date('2027-05-01T03:00:00.000Z'));
    expect(count('2026-12').month['plans.new']).toBe(2);
    expect(count('2027-03').month['plans.new']).toBe(1);
    // 4月1日 00:30 JST opens the 年度 2027: its 年度累計 holds that plan only.
    const april = count('2027-04');
    expect(april.month['plans.new']).toBe(1);
    expect(april.fiscalYear['plans.new']).toBe(1);
    expect(count('2027-03').fiscalYear['plans.new']).toBe(3);
  });
});
