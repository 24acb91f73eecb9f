import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../electron/services/clock.testing';
import { confirmPlan } from '../electron/services/plans/confirmPlan';
import { createPlan } from '../electron/services/plans/planDraft';
import { planInput } from '../electron/services/plans/plans.testing';
import { withTransaction } from './database';
import { buildPersonWithCase, buildStaff } from './testing/caseBuilders';
import { databaseBefore, tableNames } from './testing/migrationsBefore';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const planTables = [
  'plan_evaluation',
  'plan_goal',
  'plan_goal_evaluation',
  'plan_issue',
  'plan_support_row',
  'support_plan',
];

describe('migration 0005: support plans', () => {
  it('adds the plan tables to a database of the previous schema, whose cases then take plans', () => {
    const old = databaseBefore('0005_support_plans', cleanups);
    expect(tableNames(old.db).filter((name) => planTables.includes(name))).toEqual([]);
    const { worker, caseId } = withTransaction(old.db, (tx) => ({
      worker: buildStaff(tx, 'soudan', 'worker'),
      caseId: buildPersonWithCase(tx, { name: '山田 太郎' }, { stage: 'assessment' }).caseId,
    }));
    const upgraded = old.upgrade();
    expect(tableNames(upgraded.db).filter((name) => planTables.includes(name))).toEqual(planTables);
    const clock = manualClock('2026-04-10T01:00:00.000Z');
    const draft = createPlan(upgraded.db, worker, clock, planInput(caseId));
    const plan = confirmPlan(upgraded.db, worker, clock, { id: draft.id, approvedMeetingId: null });
    expect([plan.caseNumber, plan.personName, plan.status, plan.rows.length]).toEqual([
      'R8-0001',
      '山田 太郎',
      'confirmed',
      3,
    ]);
    // The database itself holds a case to one 案 and one 確定 version.
    const insertDraft = (version: number) =>
      upgraded.sqlite
        .prepare(
          `INSERT INTO support_plan (case_id, version, created_on, next_evaluation_on, status,
            created_at, updated_at) VALUES (?, ?, '2026-04-10', '2026-07-10', 'draft', '', '')`,
        )
        .run(caseId, version);
    insertDraft(2);
    expect(() => insertDraft(3)).toThrow(/UNIQUE constraint failed/u);
  });
});
