import { describe, expect, it } from 'vitest';
import { emptyPerson } from '../household/personForm';
import {
  newIntakeForm,
  toCaseIntakeInput,
  validateIntake,
  type IntakeFormValues,
} from './intakeForm';

const today = '2026-05-10';
const filled = (patch: Partial<IntakeFormValues> = {}): IntakeFormValues => ({
  ...newIntakeForm(today, 3, 12),
  route: 'phone',
  fields: ['elderly', 'poverty'],
  tags: ['8050問題'],
  chiefComplaint: '息子が長く家から出ていない。\n母の介護も心配。',
  ...patch,
});

describe('toCaseIntakeInput', () => {
  it('sends an intake about a registered person', () => {
    expect(toCaseIntakeInput(filled())).toEqual({
      receivedOn: '2026-05-10',
      receivedBy: 3,
      route: 'phone',
      visitorName: '',
      visitorRelation: '',
      visitorPhone: '',
      person: { mode: 'existing', personId: 12 },
      fields: ['elderly', 'poverty'],
      tags: ['8050問題'],
      mainTag: '',
      chiefComplaint: '息子が長く家から出ていない。\n母の介護も心配。',
      urgency: 'normal',
    });
  });

  it('sends the visitor only when someone else came', () => {
    const values = filled({
      visitorName: '山田 花子',
      visitorRelation: '母',
      visitorPhone: '080-2345-6789',
    });
    expect(toCaseIntakeInput(values)).toMatchObject({
      visitorName: '',
      visitorRelation: '',
      visitorPhone: '',
    });
    expect(toCaseIntakeInput({ ...values, visitorIsOther: true })).toMatchObject({
      visitorName: '山田 花子',
      visitorRelation: '母',
      visitorPhone: '080-2345-6789',
    });
  });

  it('sends the 主な課題 only while it is one of the chosen 課題', () => {
    expect(toCaseIntakeInput(filled({ mainTag: '8050問題' })).mainTag).toBe('8050問題');
    expect(toCaseIntakeInput(filled({ mainTag: 'ひきこもり' })).mainTag).toBe('');
  });

  it('maps a new person to newInHousehold or newHousehold', () => {
    const base = filled();
    const person = { ...emptyPerson, name: '山田 太郎', birthDate: 'H5.6.7' };
    const inHousehold = {
      ...base.person,
      mode: 'new' as const,
      householdMode: 'existing' as const,
      householdId: 4,
      person,
    };
    expect(toCaseIntakeInput({ ...base, person: inHousehold }).person).toMatchObject({
      mode: 'newInHousehold',
      householdId: 4,
      person: { name: '山田 太郎', birthDate: '1993-06-07' },
    });
    const newHousehold = { ...inHousehold, householdMode: 'new' as const };
    expect(toCaseIntakeInput({ ...base, person: newHousehold }).person).toMatchObject({
      mode: 'newHousehold',
      household: { address: '' },
      person: { name: '山田 太郎' },
    });
  });
});

describe('validateIntake', () => {
  it('accepts a complete intake', () => {
    expect(validateIntake(filled(), today)).toEqual({});
  });

  it.each<[string, Partial<IntakeFormValues>, Record<string, string>]>([
    ['a future 受付日', { receivedOn: 'R8.5.11' }, { receivedOn: '未来の日付は入力できません' }],
    ['an impossible 受付日', { receivedOn: '2026/2/30' }, { receivedOn: '存在しない日付です' }],
    ['no 受付日', { receivedOn: '' }, { receivedOn: '日付を入力してください' }],
    ['no 受付者', { receivedBy: null }, { receivedBy: '受付者を選んでください' }],
    ['no 相談経路', { route: '' }, { route: '相談経路を選んでください' }],
    ['no 相談分野', { fields: [] }, { fields: '相談分野を1つ以上選んでください' }],
  ])('%s', (_name, patch, errors) => {
    expect(validateIntake(filled(patch), today)).toEqual(errors);
  });

  it("asks for 本人, or the new person's 氏名 and household", () => {
    const base = filled();
    expect(validateIntake({ ...base, person: { ...base.person, personId: null } }, today)).toEqual({
      'person.personId': '本人を選んでください',
    });
    const newPerson = { ...base.person, mode: 'new' as const, householdMode: 'existing' as const };
    expect(validateIntake({ ...base, person: newPerson }, today)).toEqual({
      'person.person.name': '氏名を入力してください',
      'person.householdId': '世帯を選んでください',
    });
    const badPostal = {
      ...newPerson,
      householdMode: 'new' as const,
      person: { ...emptyPerson, name: '山田' },
    };
    badPostal.household = { ...badPostal.household, postalCode: 'abc' };
    expect(validateIntake({ ...base, person: badPostal }, today)).toEqual({
      'person.household.postalCode': '郵便番号は 123-4567 の形で入力してください',
    });
  });
});
