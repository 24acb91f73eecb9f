import { describe, expect, it } from 'vitest';
import type { OutreachView } from '../../../../electron/contract/schemas/outreach';
import {
  emptyOutreachValues,
  outreachValuesFrom,
  toOutreachInput,
  validateOutreach,
  type OutreachFormValues,
} from './outreachFormValues';

const today = '2026-05-20';
const filled: OutreachFormValues = {
  ...emptyOutreachValues(today, 2),
  name: '本町団地の高齢男性',
  raisedBy: '民生委員 田中さん',
  raisedOn: '令和8年5月18日',
  district: '東圏域',
};

describe('outreach form', () => {
  it('starts today, with the recorder as 担当', () => {
    const empty = emptyOutreachValues(today, 2);
    expect(empty.raisedOn).toBe('令和8年5月20日');
    expect(empty.mainStaffId).toBe('2');
  });

  it('turns the form into outreach.create input', () => {
    expect(toOutreachInput({ ...filled, sex: 'male', raisedByAgencyId: '4' })).toEqual({
      name: '本町団地の高齢男性',
      nameKana: '',
      personId: null,
      sex: 'male',
      ageText: '',
      address: '',
      district: '東圏域',
      raisedBy: '民生委員 田中さん',
      raisedByAgencyId: 4,
      raisedOn: '2026-05-18',
      situation: '',
      mainStaffId: 2,
    });
    expect(toOutreachInput(filled).sex).toBeNull();
  });

  it('passes a complete 把握', () => {
    expect(validateOutreach(filled, today)).toEqual({});
  });

  it.each([
    ['no name', { name: ' ' }, 'name', '氏名または呼び名を入力してください'],
    ['no date', { raisedOn: '' }, 'raisedOn', '日付を入力してください'],
    ['a future date', { raisedOn: '2026/5/21' }, 'raisedOn', '未来の日付は入力できません'],
    ['a long 地区', { district: 'あ'.repeat(51) }, 'district', '地区は50文字以内にしてください'],
  ])('refuses %s at the field', (_what, patch, path, message) => {
    expect(validateOutreach({ ...filled, ...patch }, today)[path]).toBe(message);
  });

  it('reads a saved target back into the form', () => {
    const view = {
      name: 'A',
      nameKana: 'えー',
      sex: null,
      ageText: '70代',
      address: '',
      district: '',
      raisedBy: '',
      raisedByAgencyId: 7,
      raisedOn: '2026-04-02',
      situation: 's',
      mainStaffId: null,
    } as unknown as OutreachView;
    expect(outreachValuesFrom(view)).toMatchObject({
      sex: 'unknown',
      raisedByAgencyId: '7',
      raisedOn: '令和8年4月2日',
      mainStaffId: null,
    });
  });
});
