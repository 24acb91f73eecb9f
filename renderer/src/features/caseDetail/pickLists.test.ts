import { describe, expect, it } from 'vitest';
import type { AgencyView } from '../../../../electron/contract';
import { agencyPickList, staffPickList, tagPickList } from './pickLists';

function agency(id: number, name: string, kind: AgencyView['kind'], active = true): AgencyView {
  return {
    id,
    name,
    kind,
    active,
    contactPerson: '',
    phone: '',
    address: '',
    shienMeetingMember: false,
    memo: '',
  };
}

describe('pick lists', () => {
  it('offers active staff, and a retired one only while chosen', () => {
    const staff = [
      { id: 1, displayName: '管理 花子', role: 'admin' as const, active: true },
      { id: 2, displayName: '退職 次郎', role: 'worker' as const, active: false },
    ];
    expect(staffPickList(staff, null)).toEqual([{ value: '1', label: '管理 花子' }]);
    expect(staffPickList(staff, 2)).toEqual([
      { value: '1', label: '管理 花子' },
      { value: '2', label: '退職 次郎（使用停止）' },
    ]);
  });

  it('groups agencies by 種別 in directory order, leaving out those already on the case', () => {
    const agencies = [
      agency(1, 'みどり町社会福祉協議会', 'shakyo'),
      agency(2, 'みどり町地域包括支援センター', 'houkatsu'),
      agency(3, '旧センター', 'houkatsu', false),
      agency(4, 'ハローワークみどり', 'helloWork'),
    ];
    expect(agencyPickList(agencies, [], [4])).toEqual([
      {
        group: '地域包括支援センター',
        items: [{ value: '2', label: 'みどり町地域包括支援センター' }],
      },
      { group: '社会福祉協議会', items: [{ value: '1', label: 'みどり町社会福祉協議会' }] },
    ]);
    expect(agencyPickList(agencies, [3])[0]?.items.map((i) => i.label)).toEqual([
      'みどり町地域包括支援センター',
      '旧センター（使用停止）',
    ]);
  });

  it("lists the case's own agencies first, each once", () => {
    const agencies = [
      agency(1, 'みどり町社会福祉協議会', 'shakyo'),
      agency(2, 'みどり町地域包括支援センター', 'houkatsu'),
      agency(4, 'ハローワークみどり', 'helloWork'),
      agency(5, '旧窓口', 'shakyo', false),
    ];
    expect(agencyPickList(agencies, [], [], [4, 1, 5])).toEqual([
      {
        group: 'このケースの関係機関',
        items: [
          { value: '4', label: 'ハローワークみどり' },
          { value: '1', label: 'みどり町社会福祉協議会' },
        ],
      },
      {
        group: '地域包括支援センター',
        items: [{ value: '2', label: 'みどり町地域包括支援センター' }],
      },
    ]);
  });

  it('offers 課題 in use, then retired ones the case still carries', () => {
    const tags = [
      { label: '8050問題', active: true },
      { label: '旧課題', active: false },
      { label: '介護', active: true },
    ];
    expect(tagPickList(tags, ['旧課題', '介護'])).toEqual(['8050問題', '介護', '旧課題']);
    expect(tagPickList(tags, [])).toEqual(['8050問題', '介護']);
  });
});
