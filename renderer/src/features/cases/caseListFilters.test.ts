import { describe, expect, it } from 'vitest';
import {
  defaultCaseListFilters,
  isFiltered,
  toCaseListInput,
  type CaseListFilters,
} from './caseListFilters';

const base = { sort: 'receivedDesc', limit: 50, cursor: null } as const;

describe('toCaseListInput', () => {
  it.each<[string, Partial<CaseListFilters>, Record<string, unknown>]>([
    ['nothing set: open cases', {}, { status: 'open' }],
    ['every status', { status: 'all' }, { status: 'all' }],
    [
      'stages',
      { stages: ['intake', 'support'] },
      { status: 'open', stages: ['intake', 'support'] },
    ],
    ['staff from the Select string', { staffId: '3' }, { status: 'open', staffId: 3 }],
    [
      'a field and a tag',
      { field: 'elderly', tag: '8050問題' },
      { status: 'open', field: 'elderly', tag: '8050問題' },
    ],
    ['consent kind alone does not filter', { consentKind: 'infoSharing' }, { status: 'open' }],
    [
      'consent kind and state',
      { consentKind: 'infoSharing', consentState: 'given' },
      { status: 'open', consent: { kind: 'infoSharing', state: 'given' } },
    ],
    ['多機関協働 あり', { coordination: 'yes' }, { status: 'open', coordination: true }],
    ['多機関協働 なし', { coordination: 'no' }, { status: 'open', coordination: false }],
    [
      'a period typed in 和暦 and 西暦',
      { receivedFrom: 'R8.4.1', receivedTo: '２０２７／３／３１' },
      { status: 'open', receivedFrom: '2026-04-01', receivedTo: '2027-03-31' },
    ],
    ['a date still being typed', { receivedFrom: 'R8.4' }, { status: 'open' }],
    ['an impossible date', { receivedTo: '2026/2/30' }, { status: 'open' }],
  ])('%s', (_name, filters, expected) => {
    expect(toCaseListInput({ ...defaultCaseListFilters, ...filters })).toEqual({
      ...base,
      ...expected,
    });
  });

  it('passes the sort and the cursor of the next page', () => {
    expect(toCaseListInput({ ...defaultCaseListFilters, sort: 'caseNumber' }, 'abc')).toEqual({
      status: 'open',
      sort: 'caseNumber',
      limit: 50,
      cursor: 'abc',
    });
  });
});

describe('isFiltered', () => {
  it('ignores the sort order', () => {
    expect(isFiltered(defaultCaseListFilters)).toBe(false);
    expect(isFiltered({ ...defaultCaseListFilters, sort: 'stage' })).toBe(false);
    expect(isFiltered({ ...defaultCaseListFilters, tag: '介護' })).toBe(true);
  });
});
