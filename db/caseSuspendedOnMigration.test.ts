import { afterEach, describe, expect, it } from 'vitest';
import { supportCase } from './schema';
import { buildPerson } from './testing/caseBuilders';
import { databaseBefore } from './testing/migrationsBefore';
import { withTransaction } from './database';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

describe('migration 0012: 中断日 on cases', () => {
  it('dates each case already 中断 by the Japan-time day it was last changed, and no other', () => {
    const old = databaseBefore('0012_case_suspended_on', cleanups);
    withTransaction(old.db, (tx) => {
      const { id, householdId } = buildPerson(tx, { name: '試験 花子', nameKana: 'しけん はなこ' });
      // Raw SQL: drizzle's insert names suspended_on, which the old schema does not have.
      const insert = old.sqlite.prepare(`INSERT INTO support_case
        (case_number, fiscal_year, seq, household_id, person_id, received_on, route, stage,
         created_at, updated_at) VALUES (?, 2025, ?, ?, ?, '2025-06-01', 'counter', ?, ?, ?)`);
      for (const [seq, stage, updatedAt] of [
        [1, 'suspended', '2026-03-31T15:00:00.000Z'], // 4月1日 00:00 in Japan
        [2, 'suspended', '2026-03-31T14:59:59.999Z'], // 3月31日 23:59 in Japan
        [3, 'support', '2026-03-31T15:00:00.000Z'],
      ] as const) {
        insert.run(`R7-000${seq}`, seq, householdId, id, stage, updatedAt, updatedAt);
      }
    });
    const upgraded = old.upgrade();
    const rows = upgraded.db
      .select({ stage: supportCase.stage, suspendedOn: supportCase.suspendedOn })
      .from(supportCase)
      .orderBy(supportCase.id)
      .all();
    expect(rows).toEqual([
      { stage: 'suspended', suspendedOn: '2026-04-01' },
      { stage: 'suspended', suspendedOn: '2026-03-31' },
      { stage: 'support', suspendedOn: null },
    ]);
  });
});
