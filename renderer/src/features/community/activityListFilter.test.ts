import { describe, expect, it } from 'vitest';
import { thisYearFilter, toActivityListInput } from './activityListFilter';

describe('activity list filter', () => {
  it('starts with this 年度', () => {
    expect(thisYearFilter('2027-02-01')).toEqual({ from: '令和8年4月1日', to: '令和9年3月31日', kind: null });
    expect(toActivityListInput(thisYearFilter('2026-05-01'))).toEqual({
      from: '2026-04-01',
      to: '2027-03-31',
    });
  });

  it('reads 和暦 and ignores a date still being typed', () => {
    expect(toActivityListInput({ from: 'R8.5.1', to: 'R8.', kind: 'event' })).toEqual({
      from: '2026-05-01',
      kind: 'event',
    });
  });
});
