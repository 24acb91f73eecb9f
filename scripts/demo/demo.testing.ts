import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { withTransaction } from '../../db/database';
import { insertStaff } from '../../db/repositories/staffRepository';
import { createTestDb, type TestDb } from '../../db/testing/createTestDb';
import { manualClock } from '../../electron/services/clock.testing';
import type { DemoOptions } from './generateDemo';

/** Every table of case work and its directory, plus the search index the triggers fill. */
export const domainTables = [
  'staff',
  'code_list',
  'agency',
  'household',
  'person',
  'support_case',
  'case_field',
  'case_tag',
  'case_agency',
  'consent',
  'consent_agency',
  'progress_note',
  'support_plan',
  'plan_issue',
  'plan_goal',
  'plan_support_row',
  'plan_evaluation',
  'plan_goal_evaluation',
  'meeting',
  'meeting_attendee',
  'meeting_case',
  'meeting_decision',
  'outreach_target',
  'outreach_contact',
  'resource',
  'participation_match',
  'participation_followup',
  'community_activity',
  'person_fts',
  'case_fts',
  'note_fts',
] as const;

/** A real encrypted database with one 管理者 whose stamps are fixed, so two of them can match. */
export function createDemoTestDb(): TestDb & { adminId: number } {
  const testDb = createTestDb();
  const admin = withTransaction(testDb.db, (tx) =>
    insertStaff(tx, {
      login: 'kanri',
      displayName: '管理 太郎',
      role: 'admin',
      at: '2025-04-01T00:00:00.000Z',
      by: null,
    }),
  );
  return { ...testDb, adminId: admin.id };
}

/** sha256 over every row of every domain table, in rowid order. */
export function domainHash(sqlite: Database.Database): string {
  const hash = crypto.createHash('sha256');
  for (const table of domainTables) {
    const rows = sqlite.prepare(`SELECT rowid AS _rowid, * FROM ${table} ORDER BY rowid`).all();
    hash.update(`${table}\n${JSON.stringify(rows)}\n`);
  }
  return hash.digest('hex');
}

/** The single column of every row of a query. */
export function column<T>(sqlite: Database.Database, query: string, ...params: unknown[]): T[] {
  return sqlite
    .prepare(query)
    .pluck()
    .all(...params)
    .map((value) => value as T);
}

/** The demo's fixed "today" in tests: 2026年度, so cases fall in 2025年度 and 2026年度. */
export const demoToday = '2026-06-15';

/** Options for a test run: 60 households, seed 1, the fixed today, a fixed audit clock. */
export function demoOptions(actorStaffId: number, more: Partial<DemoOptions> = {}): DemoOptions {
  return {
    seed: 1,
    households: 60,
    today: demoToday,
    actorStaffId,
    clock: manualClock('2026-06-15T01:00:00.000Z'),
    ...more,
  };
}
