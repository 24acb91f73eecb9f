import { withTransaction } from '../../../../db/database';
import { buildNote } from '../../../../db/testing/caseBuilders';
import { createTestDb, type TestDb } from '../../../../db/testing/createTestDb';
import {
  buildActivity,
  buildAgency,
  buildMatch,
  buildMeeting,
  buildOutreachTarget,
  buildPlanVersion,
  buildReportCase,
  buildResource,
} from '../../../../db/testing/reportBuilders';
import { zeroCounts, type ReportCounts } from './reportCodes';

/**
 * A known data set around 令和7年10月 (2025-10), with rows on each side of every boundary the
 * report draws: the month's first and last day, the 年度's April 1, and Japan-time midnight for
 * plan confirmations stored in UTC. `expected` is what the report must count, worked out by hand.
 */
export function setUpReportData(): TestDb {
  const fx = createTestDb();
  withTransaction(fx.db, (tx) => {
    const c = (spec: Parameters<typeof buildReportCase>[1]) => buildReportCase(tx, spec);
    const a = c({ receivedOn: '2025-10-01', route: 'counter', fields: ['elderly', 'disability'] });
    const b = c({
      receivedOn: '2025-10-31',
      route: 'referral',
      fields: ['child'],
      restricted: true,
    });
    c({ receivedOn: '2025-11-01', route: 'phone' });
    const d = c({
      receivedOn: '2025-09-30',
      route: 'email',
      fields: ['poverty'],
      closedOn: '2025-10-15',
    });
    const e = c({ receivedOn: '2025-05-10', route: 'visit', closedOn: '2025-09-30' });
    const f = c({ receivedOn: '2025-03-31', route: 'outreach', fields: ['other', 'poverty'] });
    const g = c({ receivedOn: '2025-04-01', route: 'other', coordinationOn: '2025-10-20' });
    c({ receivedOn: '2024-06-01', closedOn: '2025-03-31', coordinationOn: '2025-03-31' });
    c({ receivedOn: '2024-06-01', closedOn: '2025-04-01' });
    // Late 年度 cases for the March / April boundary.
    c({ receivedOn: '2026-03-31', route: 'phone' });
    c({ receivedOn: '2026-04-01', route: 'phone' });
    // 中断 on each side of the month's first and last day; one suspended and then closed.
    c({ receivedOn: '2025-08-05', suspendedOn: '2025-10-01' });
    c({ receivedOn: '2025-06-10', suspendedOn: '2025-09-30' });
    c({ receivedOn: '2025-07-01', suspendedOn: '2025-10-31', closedOn: '2025-11-20' });
    c({ receivedOn: '2025-09-01', suspendedOn: '2025-11-01' });
    // One person, two cases: 継続 since June and 新規 in October, one person in 実人数.
    const p = c({ receivedOn: '2025-06-01' });
    c({ receivedOn: '2025-10-10', route: 'phone', fields: ['elderly'], samePersonAs: p });

    for (const occurredAt of [
      '2025-10-01T00:00',
      '2025-10-31T23:59',
      '2025-11-01T00:00',
      '2025-09-30T23:59',
      '2025-04-01T00:00',
      '2025-03-31T23:59',
    ]) {
      buildNote(tx, { caseId: a.caseId, occurredAt });
    }

    // Each plan on its own case, received and closed in 2024 so it changes no case count.
    for (const [version, confirmedAt] of [
      [1, '2025-09-30T15:00:00.000Z'], // 10/1 00:00 in Japan: October
      [1, '2025-09-30T14:59:59.999Z'], // 9/30 23:59 in Japan: the 年度 only
      [2, '2025-10-31T14:59:59.999Z'], // 10/31 23:59 in Japan: October
      [2, '2025-10-31T15:00:00.000Z'], // 11/1 in Japan: neither
      [1, null], // 案: never counted
      [3, '2025-03-31T15:00:00.000Z'], // 4/1 in Japan: the 年度
      [1, '2025-03-31T14:59:59.000Z'], // 3/31 in Japan: the year before
    ] as const) {
      const host = c({ receivedOn: '2024-01-10', closedOn: '2024-12-01' });
      buildPlanVersion(tx, { caseId: host.caseId, version, confirmedAt });
    }

    const meetings: Array<Parameters<typeof buildMeeting>[1]> = [
      { kind: 'shien', heldOn: '2025-10-05', status: 'held', caseIds: [a.caseId, b.caseId] },
      { kind: 'shien', heldOn: '2025-10-20', status: 'held', caseIds: [a.caseId] },
      { kind: 'shien', heldOn: '2025-10-25', status: 'planned', caseIds: [d.caseId] },
      { kind: 'shien', heldOn: '2025-10-26', status: 'cancelled', caseIds: [e.caseId] },
      { kind: 'jusou', heldOn: '2025-10-31', status: 'held', caseIds: [g.caseId] },
      { kind: 'jusou', heldOn: '2025-11-01', status: 'held', caseIds: [a.caseId] },
      { kind: 'jusou', heldOn: '2025-04-01', status: 'held', caseIds: [f.caseId, g.caseId] },
      { kind: 'case', heldOn: '2025-10-10', status: 'held', caseIds: [a.caseId] },
      { kind: 'case', heldOn: '2025-10-15', status: 'cancelled', caseIds: [b.caseId] },
      { kind: 'study', heldOn: '2025-10-31', status: 'held', caseIds: [a.caseId, b.caseId] },
      { kind: 'study', heldOn: '2025-04-01', status: 'held', caseIds: [a.caseId] },
      { kind: 'study', heldOn: '2025-03-31', status: 'held', caseIds: [f.caseId] },
      { kind: 'study', heldOn: '2025-11-01', status: 'held', caseIds: [g.caseId] },
    ];
    for (const spec of meetings) buildMeeting(tx, spec);

    buildOutreachTarget(tx, [['2025-10-01', 'absent'], '2025-10-15']);
    buildOutreachTarget(tx, [['2025-10-31', 'refused'], '2025-11-01']);
    buildOutreachTarget(tx, ['2025-09-30']);
    buildOutreachTarget(tx, ['2025-03-31']);
    buildOutreachTarget(tx, [['2025-10-05', 'absent'], ['2025-10-06', 'viaAgency'], '2025-04-01']);

    const shakyo = buildAgency(tx, 'みどり町社会福祉協議会');
    const r1 = buildResource(tx, { name: 'カフェ', hostName: 'みどり社協' });
    const r2 = buildResource(tx, { name: '農園', hostName: ' みどり社協 ' });
    const r3 = buildResource(tx, { name: '学習会', hostAgencyId: shakyo });
    const r4 = buildResource(tx, { name: 'サロン' });
    const m = (
      resourceId: number,
      rest: Omit<Parameters<typeof buildMatch>[1], 'personId' | 'resourceId'>,
    ) => buildMatch(tx, { personId: a.personId, resourceId, ...rest });
    m(r1, { status: 'participating', startedOn: '2025-10-01' });
    m(r2, { status: 'settled', startedOn: '2025-05-01' });
    m(r3, { status: 'ended', startedOn: '2025-06-01', endedOn: '2025-11-05' });
    m(r4, { status: 'ended', startedOn: '2025-06-01', endedOn: '2025-10-31' });
    m(r4, { status: 'suspended', startedOn: '2025-10-10' });
    m(r4, { status: 'participating', startedOn: '2025-11-01' });
    m(r4, { status: 'proposed' });
    m(r4, { status: 'participating', startedOn: '2025-03-15' });

    for (const [heldOn, participants] of [
      ['2025-10-01', 12],
      ['2025-10-31', 8],
      ['2025-11-01', 5],
      ['2025-09-30', 20],
      ['2025-04-01', 3],
      ['2025-03-31', 100],
    ] as const) {
      buildActivity(tx, heldOn, participants);
    }
  });
  return fx;
}

/**
 * What the report counts in the data set, for 2025-10 and for 2025-04-01..2025-10-31. 継続 by
 * case (received, ends): d 9/30–終結10/15, e 5/10–終結9/30, f 3/31–, g 4/1–, 4/1 終結 of a 2024 case,
 * 中断 8/5–10/1, 6/10–9/30, 7/1–10/31, 9/1–11/1, the two-case person's 6/1–: October 7
 * (d f g, 中断 10/1, 10/31, 11/1, 6/1); the 年度 adds each case's months, 1+4+7+6+1+2+3+3+1+4 = 32.
 */
export const expectedCounts: { month: ReportCounts; fiscalYear: ReportCounts } = {
  month: {
    ...zeroCounts(),
    'consultations.new': 3,
    'consultations.new.persons': 3,
    'consultations.new.route.窓口': 1,
    'consultations.new.route.電話': 1,
    'consultations.new.route.関係機関': 1,
    'consultations.new.field.高齢': 2,
    'consultations.new.field.障害': 1,
    'consultations.new.field.子ども': 1,
    'consultations.new.multi_field': 1,
    'consultations.continuing.cases': 7,
    'consultations.continuing.persons': 7,
    'consultations.persons': 9,
    'consultations.closed': 1,
    'consultations.suspended': 2,
    'contacts.total': 2,
    'coordination.new': 1,
    'plans.new': 1,
    'plans.revised': 1,
    'meetings.shien.held': 2,
    'meetings.shien.cases': 2,
    'meetings.jusou.held': 1,
    'meetings.jusou.cases': 1,
    'meetings.case.held': 1,
    'meetings.case.cases': 1,
    'meetings.study.held': 1,
    'meetings.study.cases': 2,
    'outreach.people': 3,
    'outreach.people.met': 1,
    'outreach.contacts': 5,
    'outreach.contacts.met': 1,
    'outreach.contacts.absent': 2,
    'outreach.contacts.refused': 1,
    'outreach.contacts.viaAgency': 1,
    'participation.matches.new': 2,
    'participation.active': 4,
    'participation.hosts': 3,
    'community.activities': 2,
    'community.participants': 20,
  },
  fiscalYear: {
    ...zeroCounts(),
    'consultations.new': 11,
    'consultations.new.persons': 10,
    'consultations.new.route.窓口': 6,
    'consultations.new.route.電話': 1,
    'consultations.new.route.訪問': 1,
    'consultations.new.route.関係機関': 1,
    'consultations.new.route.メール': 1,
    'consultations.new.route.その他': 1,
    'consultations.new.field.高齢': 2,
    'consultations.new.field.障害': 1,
    'consultations.new.field.子ども': 1,
    'consultations.new.field.生活困窮': 1,
    'consultations.new.field.その他': 7,
    'consultations.new.multi_field': 1,
    'consultations.continuing.cases': 32,
    'consultations.continuing.persons': 10,
    'consultations.persons': 12,
    'consultations.closed': 3,
    'consultations.suspended': 3,
    'contacts.total': 4,
    'coordination.new': 1,
    'plans.new': 2,
    'plans.revised': 2,
    'meetings.shien.held': 2,
    'meetings.shien.cases': 2,
    'meetings.jusou.held': 2,
    'meetings.jusou.cases': 2,
    'meetings.case.held': 1,
    'meetings.case.cases': 1,
    'meetings.study.held': 2,
    'meetings.study.cases': 2,
    'outreach.people': 4,
    'outreach.people.met': 3,
    'outreach.contacts': 7,
    'outreach.contacts.met': 3,
    'outreach.contacts.absent': 2,
    'outreach.contacts.refused': 1,
    'outreach.contacts.viaAgency': 1,
    'participation.matches.new': 5,
    'participation.active': 4,
    'participation.hosts': 3,
    'community.activities': 4,
    'community.participants': 43,
  },
};
