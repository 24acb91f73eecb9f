import { describe, expect, it } from 'vitest';
import {
  emptyHousehold,
  toHouseholdCreateInput,
  validateHouseholdCreate,
  type HouseholdCreateForm,
} from './householdForm';
import { emptyPerson, fromPersonView, toPersonFields } from './personForm';

const today = '2026-05-10';
const parent = {
  ...emptyPerson,
  key: 'a',
  name: '山田 花子',
  nameKana: 'やまだ はなこ',
  birthDate: 'S45.3.2',
};
const child = { ...emptyPerson, key: 'b', name: '山田 太郎', birthDate: '', sex: 'male' as const };

describe('toHouseholdCreateInput', () => {
  it('sends ISO dates and null for what is not known', () => {
    const form: HouseholdCreateForm = {
      household: { ...emptyHousehold, postalCode: '123-4567' },
      members: [parent, child],
    };
    const input = toHouseholdCreateInput(form);
    expect(input.household.postalCode).toBe('123-4567');
    expect(input.members[0]).toMatchObject({
      name: '山田 花子',
      birthDate: '1970-03-02',
      sex: null,
    });
    expect(input.members[1]).toMatchObject({ birthDate: null, sex: 'male', livesTogether: true });
    expect(input.members[0]).not.toHaveProperty('key');
  });
});

describe('validateHouseholdCreate', () => {
  it.each<
    [
      string,
      Partial<HouseholdCreateForm['household']>,
      Partial<typeof parent>,
      Record<string, string>,
    ]
  >([
    ['a good household', {}, {}, {}],
    ['a missing 氏名', {}, { name: '  ' }, { 'members.0.name': '氏名を入力してください' }],
    ['2月30日', {}, { birthDate: '1970/2/30' }, { 'members.0.birthDate': '存在しない日付です' }],
    [
      'a future birth date',
      {},
      { birthDate: 'R9.1.1' },
      { 'members.0.birthDate': '未来の日付は入力できません' },
    ],
    [
      'a bad 郵便番号',
      { postalCode: '12-34' },
      {},
      { 'household.postalCode': '郵便番号は 123-4567 の形で入力してください' },
    ],
    ['a full-width 郵便番号 is fine', { postalCode: '〒１２３－４５６７' }, {}, {}],
  ])('%s', (_name, household, member, errors) => {
    const form = {
      household: { ...emptyHousehold, ...household },
      members: [{ ...parent, ...member }],
    };
    expect(validateHouseholdCreate(form, today)).toEqual(errors);
  });
});

describe('person form', () => {
  it('round-trips a registered person', () => {
    const fields = toPersonFields({
      ...emptyPerson,
      name: '山田 花子',
      birthDate: '昭和45年3月2日',
      sex: 'female',
    });
    const view = {
      ...emptyPerson,
      ...fields,
      birthDate: '1970-03-02',
      sex: 'female' as const,
      id: 4,
      householdId: 2,
      age: 56,
    };
    expect(fromPersonView(view)).toEqual({
      ...emptyPerson,
      name: '山田 花子',
      birthDate: '昭和45年3月2日',
      sex: 'female',
    });
  });
});
