import { afterEach, describe, expect, it } from 'vitest';
import { myNextActions } from '../electron/services/nextActions/myNextActions';
import { withTransaction } from './database';
import { insertNextAction } from './repositories/nextActionRepository';
import { buildNote, buildPersonWithCase, buildStaff } from './testing/caseBuilders';
import { databaseBefore } from './testing/migrationsBefore';
import { fullScans, loggingDb, queryPlan } from './testing/queryPlans';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

describe('migration 0013: next_action', () => {
  it('adds 次の対応 with a date to a database with notes, read by its partial index', () => {
    const old = databaseBefore('0013_next_action', cleanups);
    const made = withTransaction(old.db, (tx) => {
      const worker = buildStaff(tx, 'soudan', 'worker', '相談 一郎');
      const { caseId } = buildPersonWithCase(tx, { name: '山田 太郎' });
      const noteId = buildNote(tx, { caseId, nextAction: '電話する' });
      return { worker, caseId, noteId };
    });
    const upgraded = old.upgrade();
    withTransaction(upgraded.db, (tx) => {
      insertNextAction(
        tx,
        {
          noteId: made.noteId,
          caseId: made.caseId,
          dueOn: '2026-06-08',
          staffId: made.worker.staffId,
        },
        { at: '2026-06-01T00:00:00.000Z', by: made.worker.staffId },
      );
    });
    const { db, queries } = loggingDb(upgraded.sqlite);
    const mine = myNextActions(db, made.worker, '2026-06-08');
    expect(mine.today.rows.map((row) => row.text)).toEqual(['電話する']);
    const lists = queries.filter((q) => q.sql.includes('from "next_action"'));
    expect(lists).toHaveLength(2);
    for (const query of lists) {
      const plan = queryPlan(upgraded.sqlite, query);
      expect(plan.join('\n')).toContain('next_action_open');
      expect(fullScans(plan)).toEqual([]);
    }
  });
});
