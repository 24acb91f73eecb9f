import type { AgencyView, StaffOption } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';
import { agencyPickList, staffPickList, type PickGroup } from '../caseDetail/pickLists';

/** 担当 as one pick-list value: `agency:3`, `staff:2`, or null. */
export function assigneeValue(agencyId: number | null, staffId: number | null): string | null {
  if (agencyId !== null) return `agency:${agencyId}`;
  if (staffId !== null) return `staff:${staffId}`;
  return null;
}

/** The pick-list value back as the two ids plan.update takes (at most one is set). */
export function assigneeFrom(value: string | null): {
  assigneeAgencyId: number | null;
  assigneeStaffId: number | null;
} {
  const match = value === null ? null : /^(agency|staff):(\d+)$/.exec(value);
  if (!match) return { assigneeAgencyId: null, assigneeStaffId: null };
  const id = Number(match[2]);
  return match[1] === 'agency'
    ? { assigneeAgencyId: id, assigneeStaffId: null }
    : { assigneeAgencyId: null, assigneeStaffId: id };
}

/** Agencies grouped by 種別, then staff: one list for 担当 (kept values stay even if retired). */
export function assigneePickList(
  agencies: readonly AgencyView[],
  staff: readonly StaffOption[],
  keep: readonly (string | null)[],
): PickGroup[] {
  const kept = keep.map(assigneeFrom);
  const agencyGroups = agencyPickList(
    agencies,
    kept.flatMap((k) => (k.assigneeAgencyId === null ? [] : [k.assigneeAgencyId])),
  ).map((group) => ({
    group: group.group,
    items: group.items.map((item) => ({ ...item, value: `agency:${item.value}` })),
  }));
  const staffItems = staff.flatMap((s) => {
    const keepIt = kept.some((k) => k.assigneeStaffId === s.id);
    return staffPickList([s], keepIt ? s.id : null).map((item) => ({
      ...item,
      value: `staff:${item.value}`,
    }));
  });
  return staffItems.length > 0
    ? [...agencyGroups, { group: ja.plans.staffGroup, items: staffItems }]
    : agencyGroups;
}

/** 担当 as one line for reading: the agency or staff name, then the free text. */
export function assigneeLabel(row: {
  assigneeAgencyName: string | null;
  assigneeStaffName: string | null;
  assigneeText: string;
}): string {
  return [row.assigneeAgencyName ?? row.assigneeStaffName, row.assigneeText]
    .filter((part) => part !== null && part.trim() !== '')
    .join('・');
}
