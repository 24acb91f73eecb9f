import {
  agencyKinds,
  type AgencyView,
  type CodeListEntry,
  type StaffOption,
} from '../../../../electron/contract';
import { ja } from '../../i18n/ja';

export type PickItem = { value: string; label: string };
export type PickGroup = { group: string; items: PickItem[] };

/** Staff to pick: active ones, and a retired one only while it is the current value. */
export function staffPickList(staff: readonly StaffOption[], keep: number | null): PickItem[] {
  return staff
    .filter((s) => s.active || s.id === keep)
    .map((s) => ({
      value: String(s.id),
      label: s.active ? s.displayName : `${s.displayName}${ja.caseEdit.inactive}`,
    }));
}

/**
 * Agencies to pick: first the case's own (`first`, in the case's order) under 「このケースの関係機関」,
 * then the rest grouped by 種別 in directory order: active ones, retired ones only when kept
 * (already chosen), and none of `exclude` (already on the case).
 */
export function agencyPickList(
  agencies: readonly AgencyView[],
  keep: readonly number[] = [],
  exclude: readonly number[] = [],
  first: readonly number[] = [],
): PickGroup[] {
  const pickable = (a: AgencyView) => !exclude.includes(a.id) && (a.active || keep.includes(a.id));
  const item = (a: AgencyView) => ({
    value: String(a.id),
    label: a.active ? a.name : `${a.name}${ja.caseEdit.inactive}`,
  });
  const groups: PickGroup[] = [];
  const own = first
    .map((id) => agencies.find((a) => a.id === id))
    .filter((a): a is AgencyView => a !== undefined && pickable(a));
  if (own.length > 0) groups.push({ group: ja.caseEdit.caseAgencies, items: own.map(item) });
  for (const kind of agencyKinds.codes) {
    const items = agencies
      .filter((a) => a.kind === kind && pickable(a) && !own.includes(a))
      .map(item);
    if (items.length > 0) groups.push({ group: agencyKinds.labels[kind], items });
  }
  return groups;
}

/** 課題 labels to pick: those in use, in the office's order, then retired ones still on the case. */
export function tagPickList(tags: readonly CodeListEntry[], keep: readonly string[]): string[] {
  const active = tags.filter((t) => t.active).map((t) => t.label);
  return [...active, ...keep.filter((tag) => !active.includes(tag))];
}
