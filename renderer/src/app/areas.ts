import type { Role } from '../../../electron/contract';
import { ja } from '../i18n/ja';

/** The areas of the app, in menu order. Later issues fill them; 管理 is for 管理者 only. */
export const areas = [
  { id: 'home', label: ja.areas.home, adminOnly: false },
  { id: 'cases', label: ja.areas.cases, adminOnly: false },
  { id: 'outreach', label: ja.areas.outreach, adminOnly: false },
  { id: 'agencies', label: ja.areas.agencies, adminOnly: false },
  { id: 'plans', label: ja.areas.plans, adminOnly: false },
  { id: 'meetings', label: ja.areas.meetings, adminOnly: false },
  { id: 'participation', label: ja.areas.participation, adminOnly: false },
  { id: 'community', label: ja.areas.community, adminOnly: false },
  { id: 'reports', label: ja.areas.reports, adminOnly: false },
  { id: 'admin', label: ja.areas.admin, adminOnly: true },
] as const;

export type Area = (typeof areas)[number];
export type AreaId = Area['id'];

/** The areas a role sees in the menu. */
export function areasFor(role: Role): Area[] {
  return areas.filter((area) => !area.adminOnly || role === 'admin');
}

/** The address of an area: a hash route, so reloads and the back button keep the place. */
export function hashForArea(id: AreaId): string {
  return `#/${id}`;
}

// Pages reached from ケース (a household, the search results) keep ケース marked in the menu.
const areaOfPage = new Map<string, AreaId>([
  ['households', 'cases'],
  ['search', 'cases'],
]);

/** The area a hash names, falling back to home for unknown areas and ones the role may not see. */
export function areaFromHash(hash: string, role: Role): Area {
  const head = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  const id = areaOfPage.get(head) ?? head;
  const visible = areasFor(role);
  return visible.find((area) => area.id === id) ?? areas[0];
}
