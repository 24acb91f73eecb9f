import { describe, expect, it } from 'vitest';
import type { AgencyView } from '../../../../electron/contract';
import { filterAgencies } from './filterAgencies';

const base = { address: '', shienMeetingMember: false, active: true, memo: '' };
const agencies: AgencyView[] = [
  {
    ...base,
    id: 1,
    name: 'みどり町地域包括支援センター',
    kind: 'houkatsu',
    contactPerson: '佐藤 一郎',
    phone: '0123-45-1111',
  },
  {
    ...base,
    id: 2,
    name: 'ハローワークみどり',
    kind: 'helloWork',
    contactPerson: 'ｽｽﾞｷ',
    phone: '0123-45-2222',
  },
  {
    ...base,
    id: 3,
    name: 'NPO法人ひだまり',
    kind: 'npo',
    contactPerson: '',
    phone: '',
    memo: '居場所づくり',
  },
];

function ids(text: string, kind: AgencyView['kind'] | null = null): number[] {
  return filterAgencies(agencies, { text, kind }).map((a) => a.id);
}

describe('filterAgencies', () => {
  it('keeps everything with no filter', () => {
    expect(ids('')).toEqual([1, 2, 3]);
  });

  it('finds words in name, contact person and memo', () => {
    expect(ids('包括')).toEqual([1]);
    expect(ids('佐藤')).toEqual([1]);
    expect(ids('居場所')).toEqual([3]);
  });

  it('matches full-width and half-width alike, ignoring case and spaces', () => {
    expect(ids('ｎｐｏ')).toEqual([3]);
    expect(ids('スズキ')).toEqual([2]);
    expect(ids('佐藤一郎')).toEqual([1]);
  });

  it('finds phone numbers with or without hyphens', () => {
    expect(ids('2222')).toEqual([2]);
    expect(ids('0123452222')).toEqual([2]);
    expect(ids('０１２３－４５－１１１１')).toEqual([1]);
  });

  it('filters by 種別', () => {
    expect(ids('', 'helloWork')).toEqual([2]);
    expect(ids('みどり', 'houkatsu')).toEqual([1]);
  });
});
