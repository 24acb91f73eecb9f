import type { CallInput } from '../../../../electron/contract';
import type { ActivityKind } from '../../../../electron/contract/communityCodes';
import { isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { fiscalYearOf, fiscalYearRange } from './fiscalYear';

/** The period (dates as typed) and 種類 of the activity list. */
export type ActivityListFilter = { from: string; to: string; kind: ActivityKind | null };

/** This 年度, every kind. */
export function thisYearFilter(today: string): ActivityListFilter {
  const { from, to } = fiscalYearRange(fiscalYearOf(today));
  return { from: textFromIso(from), to: textFromIso(to), kind: null };
}

/** activity.list's input; a date still being typed (not yet a date) does not narrow the list. */
export function toActivityListInput(filter: ActivityListFilter): CallInput<'activity.list'> {
  const from = isoFromText(filter.from);
  const to = isoFromText(filter.to);
  return {
    ...(from && { from }),
    ...(to && { to }),
    ...(filter.kind && { kind: filter.kind }),
  };
}
