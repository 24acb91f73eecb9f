import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { withTransaction, type Db } from './database';
import { consent, supportCase } from './schema';
import { buildConsent, buildPersonWithCase } from './testing/caseBuilders';
import { createTestDb } from './testing/createTestDb';
import { databaseBefore } from './testing/migrationsBefore';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function currentStates(db: Db): Array<{ case_id: number; kind: string; state: string }> {
  return db.all(`SELECT case_id, kind, state FROM consent_current ORDER BY case_id, kind`);
}

describe('migration 0004: case list indexes, consent_current and case_stage_count', () => {
  it('fills consent_current and case_stage_count from an existing database', () => {
    const old = databaseBefore('0004_case_list_indexes', cleanups);
    const caseId = withTransaction(old.db, (tx) => {
      const c = buildPersonWithCase(tx, { name: '山田 太郎' });
      for (const [state, recordedOn] of [
        ['given', '2026-04-01'],
        ['withdrawn', '2026-05-01'],
        ['given', '2026-04-15'],
      ] as const) {
        buildConsent(tx, {
          caseId: c.caseId,
          personId: c.personId,
          kind: 'infoSharing',
          state,
          recordedOn,
        });
      }
      buildConsent(tx, {
        caseId: c.caseId,
        personId: c.personId,
        kind: 'application',
        state: 'given',
        recordedOn: '2026-04-01',
      });
      return c.caseId;
    });
    const upgraded = old.upgrade();
    expect(currentStates(upgraded.db)).toEqual([
      { case_id: caseId, kind: 'application', state: 'given' },
      { case_id: caseId, kind: 'infoSharing', state: 'withdrawn' },
    ]);
    expect(upgraded.db.all(`SELECT stage, restricted, n FROM case_stage_count`)).toEqual([
      { stage: 'intake', restricted: 0, n: 1 },
    ]);
  });

  it('keeps consent_current the latest record (date, then id) through every kind of write', () => {
    const t = createTestDb();
    cleanups.push(t.cleanup);
    const { caseId, personId } = withTransaction(t.db, (tx) =>
      buildPersonWithCase(tx, { name: '森 さくら' }),
    );
    const record = (state: 'given' | 'refused' | 'withdrawn', recordedOn: string) =>
      withTransaction(t.db, (tx) =>
        buildConsent(tx, { caseId, personId, kind: 'jusouMeeting', state, recordedOn }),
      );
    const state = () => currentStates(t.db).map((row) => row.state);

    record('given', '2026-04-01');
    expect(state()).toEqual(['given']);
    const refused = record('refused', '2026-05-01');
    record('given', '2026-04-20'); // entered later, dated earlier
    expect(state()).toEqual(['refused']);
    record('withdrawn', '2026-05-01'); // same day, later entry
    expect(state()).toEqual(['withdrawn']);
    withTransaction(t.db, (tx) =>
      tx.update(consent).set({ recordedOn: '2026-06-01' }).where(eq(consent.id, refused)).run(),
    );
    expect(state()).toEqual(['refused']);
    withTransaction(t.db, (tx) => tx.delete(consent).where(eq(consent.id, refused)).run());
    expect(state()).toEqual(['withdrawn']);
    withTransaction(t.db, (tx) => tx.delete(consent).where(eq(consent.caseId, caseId)).run());
    expect(state()).toEqual([]);
  });

  it('keeps case_stage_count equal to a count of the cases through every kind of write', () => {
    const t = createTestDb();
    cleanups.push(t.cleanup);
    const counted = () =>
      t.db.all(`SELECT stage, restricted, n FROM case_stage_count WHERE n > 0 ORDER BY 1, 2`);
    const actual = () =>
      t.db.all(
        `SELECT stage, restricted, count(*) AS n FROM support_case GROUP BY 1, 2 ORDER BY 1, 2`,
      );
    const ids = withTransaction(t.db, (tx) =>
      (['intake', 'intake', 'support', 'closed'] as const).map(
        (stage, i) =>
          buildPersonWithCase(tx, { name: `本人 ${i}` }, { stage, restricted: i === 1 }).caseId,
      ),
    );
    expect(counted()).toEqual(actual());
    const [first = 0, second = 0, third = 0] = ids;
    withTransaction(t.db, (tx) => {
      tx.update(supportCase).set({ stage: 'assessment' }).where(eq(supportCase.id, first)).run();
      tx.update(supportCase).set({ restricted: false }).where(eq(supportCase.id, second)).run();
      tx.update(supportCase).set({ chiefComplaint: '変更' }).where(eq(supportCase.id, third)).run();
    });
    expect(counted()).toEqual(actual());
    withTransaction(t.db, (tx) => tx.delete(supportCase).where(eq(supportCase.id, third)).run());
    expect(counted()).toEqual(actual());
    expect(counted()).toEqual([
      { stage: 'assessment', restricted: 0, n: 1 },
      { stage: 'closed', restricted: 0, n: 1 },
      { stage: 'intake', restricted: 0, n: 1 },
    ]);
  });
});
