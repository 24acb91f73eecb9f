import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPersonById } from '../../../db/repositories/personRepository';
import { householdCreateInput, personFields } from '../../contract/schemas/household';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import {
  auditTrail,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from './caseWork.testing';
import { createHousehold, updateHousehold } from './householdService';
import { createPerson, findSamePersons, updatePerson } from './personService';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
});
afterAll(() => f.cleanup());

function household(members: Array<Record<string, unknown>>) {
  return createHousehold(
    f.db,
    f.worker,
    f.clock,
    householdCreateInput.parse({ household: { address: 'みどり町2-1' }, members }),
  );
}

describe('households and persons', () => {
  it('registers a household with members, names kept exactly as typed (IVS included)', () => {
    const before = lastAuditId(f.db);
    // 葛 with an IVS selector (葛󠄀) and a half-width-katakana reading, as a worker might type them.
    const detail = household([
      {
        name: '葛\u{E0100}城　花子',
        nameKana: 'ｶﾂﾗｷﾞ ﾊﾅｺ',
        birthDate: '1950-04-02',
        phone: '０１２３-45-6789',
      },
      { name: '葛\u{E0100}城 一郎', relationship: '長男', livesTogether: false },
    ]);
    expect(detail.members.map((m) => m.name)).toEqual([
      '葛\u{E0100}城　花子',
      '葛\u{E0100}城 一郎',
    ]);
    expect(detail.cases).toEqual([]);
    const stored = findPersonById(f.db, detail.members[0]!.id);
    expect(stored).toMatchObject({
      nameKana: 'ｶﾂﾗｷﾞ ﾊﾅｺ',
      kanaKey: 'カツラギハナコ',
      phoneKey: '0123456789',
      createdBy: f.worker.staffId,
    });
    expect(auditTrail(f.db, before)).toEqual([`household.create household:${detail.household.id}`]);
  });

  it('computes the age on today’s date in Japan (the birthday counts from its first hour)', () => {
    const detail = household([{ name: '年齢 確認', birthDate: '1960-04-01' }]);
    expect(detail.members[0]!.age).toBe(66); // clock: 2026-04-01 09:00 in Japan
    f.clock.set('2026-03-31T14:59:00.000Z'); // 23:59 on 3月31日 in Japan
    const before = createPerson(f.db, f.worker, f.clock, {
      householdId: detail.household.id,
      person: personFields.parse({ name: '前日 確認', birthDate: '1960-04-01' }),
    });
    expect(before.age).toBe(65);
    f.clock.set('2026-04-01T00:00:00.000Z');
  });

  it('allows two people with the same name, and findSame finds same name + 生年月日 however spaced', () => {
    const a = household([{ name: '山田 太郎', birthDate: '1980-01-01' }]);
    const b = household([{ name: '山田太郎', birthDate: '1990-02-02' }]);
    const idA = a.members[0]!.id;
    const idB = b.members[0]!.id;

    const sameDate = findSamePersons(f.db, f.worker, f.clock, {
      name: '山田　太郎', // a full-width space
      nameKana: '',
      birthDate: '1980-01-01',
    });
    expect(sameDate.map((p) => p.id)).toEqual([idA]);
    const anyDate = findSamePersons(f.db, f.worker, f.clock, {
      name: '山田太郎',
      nameKana: '',
      birthDate: null,
    });
    expect(anyDate.map((p) => p.id)).toEqual([idA, idB]);
    const other = findSamePersons(f.db, f.worker, f.clock, {
      name: '山田 太郎',
      nameKana: '',
      birthDate: '1980-01-02',
    });
    expect(other).toEqual([]);
  });

  it('findSame matches kanji variants, and the same ふりがな with the same 生年月日', () => {
    const registered = household([
      { name: '髙橋　﨑子', nameKana: 'たかはし さきこ', birthDate: '1970-03-02' },
      { name: '齋藤 德子', nameKana: 'サイトウ ノリコ', birthDate: '1961-05-05' },
    ]);
    const [takahashi, saito] = registered.members.map((m) => m.id);
    const same = (name: string, nameKana: string, birthDate: string | null) =>
      findSamePersons(f.db, f.worker, f.clock, { name, nameKana, birthDate }).map((p) => p.id);

    expect(same('高橋崎子', '', '1970-03-02')).toEqual([takahashi]);
    expect(same('高橋 崎子', '', null)).toEqual([takahashi]);
    expect(same('斎藤徳子', '', '1961-05-05')).toEqual([saito]);
    // 斉 is another character than 斎, but the reading and the birthday are the same person's.
    expect(same('斉藤徳子', 'さいとう のりこ', '1961-05-05')).toEqual([saito]);
    expect(same('斉藤徳子', 'ｻｲﾄｳ ﾉﾘｺ', '1961-05-06')).toEqual([]);
    expect(same('斉藤徳子', 'さいとう のりこ', null)).toEqual([]);
    // Stored exactly as typed.
    expect(registered.members.map((m) => m.name)).toEqual(['髙橋　﨑子', '齋藤 德子']);
  });

  it('refuses a 生年月日 in the future, at the field', () => {
    const input = householdCreateInput.parse({
      household: {},
      members: [{ name: '未来 人', birthDate: '2030-01-01' }],
    });
    expect(refusal(() => createHousehold(f.db, f.worker, f.clock, input))).toMatchObject({
      code: 'VALIDATION',
      paths: ['members.0.birthDate'],
    });
  });

  it('updates a person and a household, auditing the changed field names only', () => {
    const detail = household([{ name: '変更 前', phone: '090-0000-0000' }]);
    const id = detail.members[0]!.id;
    const before = lastAuditId(f.db);
    const updated = updatePerson(f.db, f.worker, f.clock, {
      id,
      person: personFields.parse({ name: '変更 後', phone: '090-0000-0000' }),
    });
    expect(updated.name).toBe('変更 後');
    expect(findPersonById(f.db, id)?.nameKey).toBe('変更後');
    updateHousehold(f.db, f.worker, f.clock, {
      id: detail.household.id,
      household: { ...detail.household, address: 'みどり町9-9' },
    });
    expect(auditTrail(f.db, before)).toEqual([
      `person.update person:${id}`,
      `household.update household:${detail.household.id}`,
    ]);
    const details = f.db.query.auditLog
      .findMany({ where: (t, { gt }) => gt(t.id, before) })
      .sync()
      .map((row) => row.detail);
    expect(details).toEqual(['{"fields":["name"]}', '{"fields":["address"]}']);
    expect(details.join()).not.toContain('変更');
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });

  it('answers NOT_FOUND for a household or person that does not exist', () => {
    const person = personFields.parse({ name: '誰 か' });
    expect(
      refusal(() => createPerson(f.db, f.worker, f.clock, { householdId: 9999, person })).code,
    ).toBe('NOT_FOUND');
    expect(refusal(() => updatePerson(f.db, f.worker, f.clock, { id: 9999, person })).code).toBe(
      'NOT_FOUND',
    );
  });
});
