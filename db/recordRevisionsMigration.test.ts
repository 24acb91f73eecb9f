import { afterEach, describe, expect, it } from 'vitest';
import { getCase } from '../electron/services/cases/caseDetail';
import { noteHistory } from '../electron/services/history/recordHistory';
import { manualClock } from '../electron/services/clock.testing';
import type { Actor } from '../electron/services/audit/actor';
import { withTransaction } from './database';
import { buildPersonWithCase, buildStaff } from './testing/caseBuilders';
import { databaseBefore, tableNames } from './testing/migrationsBefore';
import { queryPlan } from './testing/queryPlans';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

describe('migration 0015: 訂正履歴 and 取消 of notes', () => {
  it('keeps the notes written before it, as current, not withdrawn, with no earlier version', () => {
    const old = databaseBefore('0015_record_revisions', cleanups);
    let admin: Actor | undefined;
    let caseId = 0;
    withTransaction(old.db, (tx) => {
      admin = buildStaff(tx, 'kanri', 'admin', '管理 花子');
      caseId = buildPersonWithCase(tx, { name: '前田 一郎' }).caseId;
    });
    // Written as the old schema stood (no 取消 columns).
    old.sqlite
      .prepare(
        `INSERT INTO progress_note (case_id, occurred_at, means, facts, staff_id, created_at, updated_at, updated_by)
         VALUES (?, '2026-04-02T10:00', 'phone', '移行前の記録', ?, '2026-04-02T01:00:00.000Z', '2026-04-02T01:00:00.000Z', ?)`,
      )
      .run(caseId, admin?.staffId, admin?.staffId);
    expect(tableNames(old.db)).not.toContain('record_revision');

    const upgraded = old.upgrade();
    if (!admin) throw new Error('no admin');
    const clock = manualClock('2026-04-10T00:00:00.000Z');
    const [note] = getCase(upgraded.db, admin, clock, { id: caseId }).notes;
    expect(note).toMatchObject({ facts: '移行前の記録', version: 1, withdrawn: null });
    const history = noteHistory(upgraded.db, admin, clock, { id: note?.id ?? 0 });
    expect(history.versions).toHaveLength(1);
    expect(history.versions[0]).toMatchObject({
      current: true,
      writtenAt: '2026-04-02T01:00:00.000Z',
      writtenByName: '管理 花子',
    });
    // Reading a record's versions is one index search, whatever the table holds.
    const plan = queryPlan(upgraded.sqlite, {
      sql: `SELECT * FROM record_revision WHERE record_type = ? AND record_id = ? ORDER BY version`,
      params: ['note', 1],
    });
    expect(plan).toEqual([
      expect.stringMatching(/^SEARCH record_revision USING INDEX record_revision_record/),
    ]);
  });
});
