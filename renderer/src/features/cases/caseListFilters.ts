import type {
  CallInput,
  ConsentKind,
  ConsentState,
  Field,
  Stage,
} from '../../../../electron/contract';
import { isoFromText } from '../../components/dateInput/dateText';

export type CaseSort = 'receivedDesc' | 'receivedAsc' | 'caseNumber' | 'stage';

/** What the filter bar of ケース一覧 holds (Select values as strings, dates as typed). */
export type CaseListFilters = {
  status: 'open' | 'closed' | 'all';
  stages: Stage[];
  staffId: string | null;
  field: Field | null;
  tag: string | null;
  consentKind: ConsentKind | null;
  consentState: ConsentState | null;
  coordination: 'any' | 'yes' | 'no';
  receivedFrom: string;
  receivedTo: string;
  sort: CaseSort;
};

export const defaultCaseListFilters: CaseListFilters = {
  status: 'open',
  stages: [],
  staffId: null,
  field: null,
  tag: null,
  consentKind: null,
  consentState: null,
  coordination: 'any',
  receivedFrom: '',
  receivedTo: '',
  sort: 'receivedDesc',
};

export const caseListPageSize = 50;

/**
 * The case.list input for the filters: unset filters are left out, a consent filter needs both
 * kind and state, and a date still being typed (not yet a date) does not filter.
 */
export function toCaseListInput(
  filters: CaseListFilters,
  cursor: string | null = null,
): CallInput<'case.list'> {
  const staffId = filters.staffId === null ? NaN : Number(filters.staffId);
  const receivedFrom = isoFromText(filters.receivedFrom);
  const receivedTo = isoFromText(filters.receivedTo);
  return {
    status: filters.status,
    ...(filters.stages.length > 0 && { stages: filters.stages }),
    ...(Number.isInteger(staffId) && staffId > 0 && { staffId }),
    ...(filters.field && { field: filters.field }),
    ...(filters.tag && { tag: filters.tag }),
    ...(filters.consentKind &&
      filters.consentState && {
        consent: { kind: filters.consentKind, state: filters.consentState },
      }),
    ...(filters.coordination !== 'any' && { coordination: filters.coordination === 'yes' }),
    ...(receivedFrom && { receivedFrom }),
    ...(receivedTo && { receivedTo }),
    sort: filters.sort,
    limit: caseListPageSize,
    cursor,
  };
}

/** Whether any filter narrows the list (so 条件をクリア has something to clear). */
export function isFiltered(filters: CaseListFilters): boolean {
  const { sort: _sort, ...rest } = filters;
  const { sort: _default, ...defaults } = defaultCaseListFilters;
  return JSON.stringify(rest) !== JSON.stringify(defaults);
}
