import { withTransaction } from '../../../../db/database';
import { buildNote } from '../../../../db/testing/caseBuilders';
import { createTestDb, type TestDb } from '../../../../db/testing/createTestDb';
import {
  buildActivity,
  buildMatch,
  buildMeeting,
  buildOutreachTarget,
  buildPlanVersion,
  buildReportCase,
  buildResource,
} from '../../../../db/testing/reportBuilders';
import { meetingKinds } from '../../../contract/meetingCodes';
import { zeroCounts, type ReportCounts } from './reportCodes';

/**
 * A known data set across the 年度 boundary 令和8年3月31日 → 4月1日 (2026-03-31 → 2026-04-01):
 * for every code, rows on each side of it. `yearEndCounts` is what the report must count for
 * March (its month and its 年度, 2025-04-01..2026-03-31) and April (month and 年度 are the same).
 */
export function setUpYearEndData(): TestDb {
  const fx = createTestDb();
  withTransaction(fx.db, (tx) => {
    const c = (spec: Parameters<typeof buildReportCase>[1]) => buildReportCase(tx, spec);
    const a = c({ receivedOn: '2026-03-31', route: 'phone', fields: ['elderly', 'child'] });
    // The same person again on April 1: 新規 in April, and 継続 there with the March case.
    const b = c({ receivedOn: '2026-04-01', route: 'phone', fields: ['elderly'], samePersonAs: a });
    c({ receivedOn: '2026-02-10', fields: ['disability'], closedOn: '2026-03-31' });
    c({ receivedOn: '2026-02-15', fields: ['poverty'], closedOn: '2026-04-01' });
    c({ receivedOn: '2026-01-05', route: 'visit', suspendedOn: '2026-03-31' });
    c({ receivedOn: '2026-01-06', route: 'visit', suspendedOn: '2026-04-01' });
    c({ receivedOn: '2025-03-31', coordinationOn: '2026-03-31' });
    c({ receivedOn: '2025-12-01', route: 'outreach', coordinationOn: '2026-04-01' });

    buildNote(tx, { caseId: a.caseId, occurredAt: '2026-03-31T23:59' });
    buildNote(tx, { caseId: a.caseId, occurredAt: '2026-04-01T00:00' });

    // Each plan on a case received and closed in 2024, so it changes no case count.
    for (const [version, confirmedAt] of [
      [1, '2026-03-31T14:59:59.999Z'], // 3/31 23:59 in Japan: March
      [1, '2026-03-31T15:00:00.000Z'], // 4/1 00:00 in Japan: April
      [2, '2026-03-31T14:00:00.000Z'], // 3/31 23:00 in Japan: March
      [3, '2026-04-01T03:00:00.000Z'], // 4/1 12:00 in Japan: April
    ] as const) {
      const host = c({ receivedOn: '2024-01-10', closedOn: '2024-12-01' });
      buildPlanVersion(tx, { caseId: host.caseId, version, confirmedAt });
    }

    for (const kind of meetingKinds.codes) {
      buildMeeting(tx, { kind, heldOn: '2026-03-31', status: 'held', caseIds: [a.caseId] });
      buildMeeting(tx, {
        kind,
        heldOn: '2026-04-01',
        status: 'held',
        caseIds: [a.caseId, b.caseId],
      });
      buildMeeting(tx, { kind, heldOn: '2026-03-30', status: 'planned', caseIds: [b.caseId] });
    }

    buildOutreachTarget(tx, ['2026-03-31', ['2026-04-01', 'absent']]);
    buildOutreachTarget(tx, [['2026-03-31', 'refused'], '2026-04-01']);
    buildOutreachTarget(tx, [
      ['2026-03-10', 'absent'],
      ['2026-03-31', 'viaAgency'],
    ]);

    const m = (
      host: string,
      rest: Omit<Parameters<typeof buildMatch>[1], 'personId' | 'resourceId'>,
    ) =>
      buildMatch(tx, {
        personId: a.personId,
        resourceId: buildResource(tx, { name: `${host}の活動`, hostName: host }),
        ...rest,
      });
    m('X', { status: 'participating', startedOn: '2026-03-31' });
    m('Y', { status: 'settled', startedOn: '2025-06-01' });
    m('Z', { status: 'ended', startedOn: '2025-07-01', endedOn: '2026-03-31' });
    m('W', { status: 'participating', startedOn: '2026-04-01' });
    m('Z', { status: 'suspended', startedOn: '2025-08-01', endedOn: '2026-04-01' });

    buildActivity(tx, '2026-03-31', 10);
    buildActivity(tx, '2026-04-01', 7);
  });
  return fx;
}

const eachMeetingKind = (held: number, cases: number): Partial<ReportCounts> =>
  Object.fromEntries(
    meetingKinds.codes.flatMap((kind) => [
      [`meetings.${kind}.held`, held],
      [`meetings.${kind}.cases`, cases],
    ]),
  );

/**
 * The counts of the year-end data set, worked out by hand. 継続 by case (received, ends): 終結
 * 3/31 and 4/1 (from February), 中断 3/31 and 4/1 (from January), 2025-03-31– (every month),
 * 2025-12-01– , and the March 31 case: March has the first five, its 年度 adds their months
 * 1+1+2+2+12+3 = 21; April has 終結4/1, 中断4/1, the two open ones and the March 31 case.
 */
export const yearEndCounts: Record<'march' | 'marchYear' | 'april', ReportCounts> = {
  march: {
    ...zeroCounts(),
    'consultations.new': 1,
    'consultations.new.persons': 1,
    'consultations.new.route.電話': 1,
    'consultations.new.field.高齢': 1,
    'consultations.new.field.子ども': 1,
    'consultations.new.multi_field': 1,
    'consultations.continuing.cases': 6,
    'consultations.continuing.persons': 6,
    'consultations.persons': 7,
    'consultations.closed': 1,
    'consultations.suspended': 1,
    'contacts.total': 1,
    'coordination.new': 1,
    'plans.new': 1,
    'plans.revised': 1,
    ...eachMeetingKind(1, 1),
    'outreach.people': 3,
    'outreach.people.met': 1,
    'outreach.contacts': 4,
    'outreach.contacts.met': 1,
    'outreach.contacts.absent': 1,
    'outreach.contacts.refused': 1,
    'outreach.contacts.viaAgency': 1,
    'participation.matches.new': 1,
    'participation.active': 3,
    'participation.hosts': 3,
    'community.activities': 1,
    'community.participants': 10,
  },
  marchYear: {
    ...zeroCounts(),
    'consultations.new': 6,
    'consultations.new.persons': 6,
    'consultations.new.route.窓口': 2,
    'consultations.new.route.電話': 1,
    'consultations.new.route.訪問': 2,
    'consultations.new.route.アウトリーチ': 1,
    'consultations.new.field.高齢': 1,
    'consultations.new.field.障害': 1,
    'consultations.new.field.子ども': 1,
    'consultations.new.field.生活困窮': 1,
    'consultations.new.field.その他': 3,
    'consultations.new.multi_field': 1,
    'consultations.continuing.cases': 21,
    'consultations.continuing.persons': 6,
    'consultations.persons': 7,
    'consultations.closed': 1,
    'consultations.suspended': 1,
    'contacts.total': 1,
    'coordination.new': 1,
    'plans.new': 1,
    'plans.revised': 1,
    ...eachMeetingKind(1, 1),
    'outreach.people': 3,
    'outreach.people.met': 1,
    'outreach.contacts': 4,
    'outreach.contacts.met': 1,
    'outreach.contacts.absent': 1,
    'outreach.contacts.refused': 1,
    'outreach.contacts.viaAgency': 1,
    'participation.matches.new': 4,
    'participation.active': 3,
    'participation.hosts': 3,
    'community.activities': 1,
    'community.participants': 10,
  },
  april: {
    ...zeroCounts(),
    'consultations.new': 1,
    'consultations.new.persons': 1,
    'consultations.new.route.電話': 1,
    'consultations.new.field.高齢': 1,
    'consultations.continuing.cases': 5,
    'consultations.continuing.persons': 5,
    'consultations.persons': 5,
    'consultations.closed': 1,
    'consultations.suspended': 1,
    'contacts.total': 1,
    'coordination.new': 1,
    'plans.new': 1,
    'plans.revised': 1,
    ...eachMeetingKind(1, 2),
    'outreach.people': 2,
    'outreach.people.met': 1,
    'outreach.contacts': 2,
    'outreach.contacts.met': 1,
    'outreach.contacts.absent': 1,
    'participation.matches.new': 1,
    'participation.active': 3,
    'participation.hosts': 3,
    'community.activities': 1,
    'community.participants': 7,
  },
};
