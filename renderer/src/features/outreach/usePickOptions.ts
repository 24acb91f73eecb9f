import type { AgencyView, StaffOption } from '../../../../electron/contract';
import { useCallData } from '../../components/data/useCallData';

/** Staff and every agency (retired ones too, for records that name them), for pick lists. */
export function usePickOptions(): { staff: StaffOption[]; agencies: AgencyView[] } {
  const staff = useCallData('staff.options', {});
  const agencies = useCallData('agency.list', { includeInactive: true });
  return { staff: staff.data ?? [], agencies: agencies.data ?? [] };
}
