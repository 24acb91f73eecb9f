import { afterEach, describe, expect, it } from 'vitest';
import { countReport } from '../electron/services/excel/report/countReport';
import { reportPeriods } from '../electron/services/excel/report/reportPeriod';
import { withTransaction } from './database';
import { databaseBefore } from './testing/migrationsBefore';
import { buildPerson } from './testing/caseBuilders';

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
      const { id, householdId } = buildPerson(tx, { name: '試験 太郎', nameKana: 'しけん たろう' });
      // Raw SQL: drizzle's inserts name every column of today's schema, which the old one lacks.
      const stamp = '2025-10-02T00:00:00.000Z';
      const caseId = old.sqlite
        .prepare(
          `INSERT INTO support_case (case_number, fiscal_year, seq, household_id, person_id,
             received_on, route, stage, coordination, coordination_on, closed_on, created_at,
             updated_at)
           VALUES ('R7-0001', 2025, 1, ?, ?, '2025-10-02', 'phone', 'closed', 1, '2025-10-03',
             '2025-10-30', ?, ?)`,
        )
        .run(householdId, id, stamp, stamp).lastInsertRowid;
      old.sqlite
        .prepare(
          `INSERT INTO support_plan (case_id, version, created_on, next_evaluation_on, status,
             confirmed_at, created_at, updated_at)
           VALUES (?, 1, '2025-10-05', '2026-01-05', 'confirmed', '2025-10-05T01:00:00.000Z', ?, ?)`,
        )
        .run(caseId, stamp, stamp);
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
