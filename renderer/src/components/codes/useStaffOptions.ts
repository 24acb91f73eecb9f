import type { StaffOption } from '../../../../electron/contract';
import { useCallData } from '../data/useCallData';

/** Staff as Select data (active ones; an inactive one stays when it is the current value). */
export function useStaffOptions(keep: number | null = null): {
  staff: StaffOption[];
  options: Array<{ value: string; label: string }>;
} {
  const { data } = useCallData('staff.options', {});
  const staff = data ?? [];
  const options = staff
    .filter((s) => s.active || s.id === keep)
    .map((s) => ({ value: String(s.id), label: s.displayName }));
  return { staff, options };
}
