import type { AgencyView, CodeListEntry, StaffOption } from '../../../../electron/contract';
import { useCallData } from '../../components/data/useCallData';

/** The pick lists of the case screen: staff, every agency (retired ones too), 課題 labels. */
export type CaseOptions = {
  staff: StaffOption[];
  agencies: AgencyView[];
  tags: CodeListEntry[];
};

/** Loads the pick lists; while loading they are empty, and `failed` says when one could not be read. */
export function useCaseOptions(): { options: CaseOptions; failed: boolean } {
  const staff = useCallData('staff.options', {});
  const agencies = useCallData('agency.list', { includeInactive: true });
  const tags = useCallData('codeList.get', { list: 'issueTag' });
  return {
    options: { staff: staff.data ?? [], agencies: agencies.data ?? [], tags: tags.data ?? [] },
    failed: staff.error !== null || agencies.error !== null || tags.error !== null,
  };
}
