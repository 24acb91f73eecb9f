import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { consentKinds, consentStates, fields, stages } from '../electron/contract/caseCodes';
import { withTransaction, type Db, type WriteTx } from './database';
import { derivedCountProblems } from './derivedCounts';
import { databaseBefore } from './testing/migrationsBefore';
import { caseField, caseTag, consent, supportCase } from './schema';
import { buildConsent, buildPersonWithCase } from './testing/caseBuilders';
import { createTestDb } from './testing/createTestDb';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/**
 * Checks every count table against a recount of the rows (as `verify` does); answers how many
 * keys each of the three new counters holds.
 */
function expectCountersRight(db: Db): number[] {
  expect(derivedCountProblems(db)).toEqual([]);
  return ['case_field_count', 'case_tag_count', 'case_consent_count'].map(
    (table) => db.all(`SELECT 1 FROM ${table} WHERE n <> 0`).length,
  );
}

/** A small deterministic generator, so a failure replays. */
function lcg(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * n); // high bits: the low ones of an LCG cycle
  };
}

describe('migration 0010: 分野, 課題 and consent counts per stage', () => {
  it('fills the counts from an existing database', () => {
    const old = databaseBefore('0010_case_filter_counts', cleanups);
    withTransaction(old.db, (tx) => {
      const a = buildPersonWithCase(
        tx,
        { name: '山田 太郎' },
        { stage: 'support', fields: ['elderly', 'poverty'], tags: ['8050問題'] },
      );
      buildPersonWithCase(tx, { name: '山田 次郎' }, { fields: ['elderly'], restricted: true });
      buildConsent(tx, { ...a, kind: 'jusouMeeting', state: 'given', recordedOn: '2026-04-01' });
      buildConsent(tx, { ...a, kind: 'jusouMeeting', state: 'refused', recordedOn: '2026-05-01' });
    });
    const upgraded = old.upgrade();
    expect(upgraded.db.all(`SELECT * FROM case_field_count ORDER BY 1, 2, 3`)).toEqual([
      { field: 'elderly', stage: 'intake', restricted: 1, n: 1 },
      { field: 'elderly', stage: 'support', restricted: 0, n: 1 },
      { field: 'poverty', stage: 'support', restricted: 0, n: 1 },
    ]);
    expect(upgraded.db.all(`SELECT * FROM case_consent_count`)).toEqual([
      { kind: 'jusouMeeting', state: 'refused', stage: 'support', restricted: 0, n: 1 },
    ]);
    expectCountersRight(upgraded.db);
  });

  it('keeps every count equal to a recount through 400 random writes of every kind', () => {
    const t = createTestDb();
    cleanups.push(t.cleanup);
    const random = lcg(20261127);
    const pick = <T>(items: readonly T[]): T => items[random(items.length)] as T;
    const tags = ['8050問題', 'ヤングケアラー', 'ひきこもり'];
    const cases = withTransaction(t.db, (tx) =>
      Array.from({ length: 12 }, (_, i) =>
        buildPersonWithCase(
          tx,
          { name: `本人 ${i}` },
          {
            stage: pick(stages.codes),
            restricted: i % 4 === 0,
            fields: [pick(fields.codes)],
            tags: i % 2 === 0 ? [pick(tags)] : [],
          },
        ),
      ),
    );
    const someConsentOf = (tx: WriteTx, caseId: number): number | null => {
      const ids = tx
        .select({ id: consent.id })
        .from(consent)
        .where(eq(consent.caseId, caseId))
        .all();
      return ids.length === 0 ? null : pick(ids).id;
    };
    let day = 1;
    const writes: Array<(tx: WriteTx, c: (typeof cases)[number]) => void> = [
      (tx, c) =>
        tx
          .update(supportCase)
          .set({ stage: pick(stages.codes) })
          .where(eq(supportCase.id, c.caseId))
          .run(),
      (tx, c) =>
        tx
          .update(supportCase)
          .set({ restricted: random(2) === 1 })
          .where(eq(supportCase.id, c.caseId))
          .run(),
      (tx, c) =>
        tx
          .insert(caseField)
          .values({ caseId: c.caseId, field: pick(fields.codes) })
          .onConflictDoNothing()
          .run(),
      (tx, c) =>
        tx
          .delete(caseField)
          .where(and(eq(caseField.caseId, c.caseId), eq(caseField.field, pick(fields.codes))))
          .run(),
      (tx, c) =>
        tx
          .insert(caseTag)
          .values({ caseId: c.caseId, tag: pick(tags) })
          .onConflictDoNothing()
          .run(),
      (tx, c) => tx.delete(caseTag).where(eq(caseTag.caseId, c.caseId)).run(),
      (tx) => {
        const [from, to] = [pick(tags), `課題${tags.length}`];
        tx.update(caseTag).set({ tag: to }).where(eq(caseTag.tag, from)).run();
        tags.push(to);
      },
      (tx, c) => {
        day += 1;
        const recordedOn = `2026-0${1 + random(9)}-${String(1 + random(28)).padStart(2, '0')}`;
        buildConsent(tx, {
          ...c,
          kind: pick(consentKinds.codes),
          state: pick(consentStates.codes),
          recordedOn: day % 3 === 0 ? recordedOn : '2026-10-01',
        });
      },
      (tx, c) => {
        const id = someConsentOf(tx, c.caseId);
        if (id === null) return;
        tx.update(consent)
          .set({ state: pick(consentStates.codes), recordedOn: '2026-12-01' })
          .where(eq(consent.id, id))
          .run();
      },
      (tx, c) => {
        const id = someConsentOf(tx, c.caseId);
        if (id !== null) tx.delete(consent).where(eq(consent.id, id)).run();
      },
    ];
    const mostKeys = [0, 0, 0];
    for (let i = 0; i < 400; i++) {
      withTransaction(t.db, (tx) => pick(writes)(tx, pick(cases)));
      expectCountersRight(t.db).forEach((keys, table) => {
        mostKeys[table] = Math.max(mostKeys[table] ?? 0, keys);
      });
    }
    // Not vacuous: every counter held several keys along the way.
    expect(
      mostKeys.every((keys) => keys >= 3),
      String(mostKeys),
    ).toBe(true);
    // A case with no consent records may be deleted: its counts go with it.
    const last = cases.at(-1);
    if (!last) throw new Error('no case');
    withTransaction(t.db, (tx) => {
      tx.delete(consent).where(eq(consent.caseId, last.caseId)).run();
      tx.delete(supportCase).where(eq(supportCase.id, last.caseId)).run();
    });
    expectCountersRight(t.db);
  });
});
