import { afterEach, describe, expect, it } from 'vitest';
import { countReport } from '../electron/services/excel/report/countReport';
import { reportPeriods } from '../electron/services/excel/report/reportPeriod';
import { withTransaction } from './database';
import { databaseBefore } from './testing/migrationsBefore';
import { buildPlanVersion, buildReportCase } from './testing/reportBuilders';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const reportIndexes = [
  'participation_match_started',
  'support_case_closed',
  'support_case_coordination_on',
  'support_case_received_route',
  'support_plan_confirmed_at',
];

describe('migration 0009: report indexes', () => {
  it('adds the report indexes to a database with cases, which the report then counts', () => {
    const old = databaseBefore('0009_report_indexes', cleanups);
    withTransaction(old.db, (tx) => {
      const made = buildReportCase(tx, {
        receivedOn: '2025-10-02',
        route: 'phone',
        coordinationOn: '2025-10-03',
        closedOn: '2025-10-30',
      });
      buildPlanVersion(tx, {
        caseId: made.caseId,
        version: 1,
        confirmedAt: '2025-10-05T01:00:00.000Z',
      });
    });
    const upgraded = old.upgrade();
    const indexes = upgraded.db
      .all<{ name: string; sql: string }>(
        `SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`,
      )
      .filter((row) => reportIndexes.includes(row.name));
    expect(indexes.map((row) => row.name)).toEqual(reportIndexes);
    expect(indexes.find((row) => row.name === 'support_case_closed')?.sql).toContain(
      '(`closed_on`,`received_on`)',
    );
    const counts = countReport(upgraded.db, reportPeriods('2025-10').monthPeriod);
    expect([
      counts['consultations.new.route.電話'],
      counts['coordination.new'],
      counts['consultations.closed'],
      counts['plans.new'],
    ]).toEqual([1, 1, 1, 1]);
  });
});
