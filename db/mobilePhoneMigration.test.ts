import { afterEach, describe, expect, it } from 'vitest';
import { personUpdateInput } from '../electron/contract/schemas/household';
import type { Actor } from '../electron/services/audit/actor';
import { getCase } from '../electron/services/cases/caseDetail';
import { updatePerson } from '../electron/services/cases/personService';
import { manualClock } from '../electron/services/clock.testing';
import { searchAll } from '../electron/services/search/searchAll';
import { withTransaction } from './database';
import { buildPersonWithCase, buildStaff } from './testing/caseBuilders';
import { databaseBefore } from './testing/migrationsBefore';
import { queryPlan } from './testing/queryPlans';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

describe('migration 0018: 電話（携帯）, 来談者の電話, 主な課題', () => {
  it('keeps the people and cases before it, searchable, with the new fields empty', () => {
    const old = databaseBefore('0018_person_mobile_phone_main_tag', cleanups);
    let admin: Actor | undefined;
    let ids = { caseId: 0, personId: 0 };
    withTransaction(old.db, (tx) => {
      admin = buildStaff(tx, 'kanri', 'admin', '管理 花子');
      ids = buildPersonWithCase(tx, { name: '前田 一郎' });
    });
    old.sqlite.prepare(`UPDATE person SET phone = '0123-45-6789', phone_key = '0123456789'`).run();

    const upgraded = old.upgrade();
    if (!admin) throw new Error('no admin');
    const clock = manualClock('2026-04-10T00:00:00.000Z');
    const detail = getCase(upgraded.db, admin, clock, { id: ids.caseId });
    expect(detail).toMatchObject({ visitorPhone: '', mainTag: '' });
    expect(detail.person).toMatchObject({ phone: '0123-45-6789', mobilePhone: '' });
    // The search index, rebuilt by the new triggers on the next change, holds both numbers.
    updatePerson(
      upgraded.db,
      admin,
      clock,
      personUpdateInput.parse({
        id: ids.personId,
        person: { name: '前田 一郎', phone: '0123-45-6789', mobilePhone: '090-1111-2222' },
      }),
    );
    for (const q of ['56789', '11112222']) {
      const hits = searchAll(upgraded.db, admin, { q, limit: 5 }).persons.map((h) => h.id);
      expect(hits, q).toEqual([ids.personId]);
    }
    const plan = queryPlan(upgraded.sqlite, {
      sql: `SELECT id FROM person WHERE mobile_phone_key = ?`,
      params: ['09011112222'],
    });
    expect(plan).toEqual([expect.stringMatching(/USING COVERING INDEX person_mobile_phone_key/)]);
  });
});
