import { meetingRoutes, parseMeetingRoute, type MeetingRoute } from './meetingRoutes';

/**
 * Hash routes inside an area: `#/cases/12`, `#/households/3`, `#/search?q=山田`. Pages link with
 * these builders so no screen spells a route by hand.
 */
export const routes = {
  home: () => '#/home',
  caseList: () => '#/cases',
  intake: (personId?: number) => (personId ? `#/cases/new?person=${personId}` : '#/cases/new'),
  caseDetail: (id: number) => `#/cases/${id}`,
  householdNew: () => '#/households/new',
  household: (id: number) => `#/households/${id}`,
  agencies: () => '#/agencies',
  search: (q: string) => `#/search?q=${encodeURIComponent(q)}`,
  admin: () => '#/admin',
  auditLog: () => '#/admin/audit',
  ...meetingRoutes,
  outreachList: () => '#/outreach',
  outreachNew: () => '#/outreach/new',
  outreach: (id: number) => `#/outreach/${id}`,
  matchList: () => '#/participation',
  resources: () => '#/participation/resources',
  match: (id: number) => `#/participation/matches/${id}`,
  findResources: (personId: number, caseId: number | null) =>
    caseId
      ? `#/participation/find?person=${personId}&case=${caseId}`
      : `#/participation/find?person=${personId}`,
  activities: () => '#/community',
  plans: () => '#/plans',
  /** 一日の相談記録 of a day (today when omitted) for a staff member, or the office (null). */
  dailyRecord: (date?: string, staffId?: number | null) => {
    const params = new URLSearchParams();
    if (date !== undefined) params.set('date', date);
    if (staffId !== undefined) params.set('staff', staffId === null ? 'office' : String(staffId));
    const query = params.toString();
    return query === '' ? '#/reports/daily' : `#/reports/daily?${query}`;
  },
};

export type Route =
  | { page: 'caseList' }
  | { page: 'intake'; personId: number | null }
  | { page: 'caseDetail'; id: number }
  | { page: 'householdNew' }
  | { page: 'household'; id: number }
  | { page: 'search'; q: string }
  | MeetingRoute
  | { page: 'outreachNew' }
  | { page: 'outreach'; id: number }
  | { page: 'resources' }
  | { page: 'match'; id: number }
  | { page: 'findResources'; personId: number; caseId: number | null }
  | { page: 'auditLog' }
  /** `staffId` undefined: the viewer's own day; null: the whole office. */
  | { page: 'dailyRecord'; date: string | null; staffId: number | null | undefined }
  | { page: 'area' };

function positiveInt(text: string | undefined): number | null {
  if (!text || !/^\d{1,9}$/.test(text)) return null;
  const n = Number(text);
  return n > 0 ? n : null;
}

// 参加支援 has the directory, one match, and 「資源を探す」 for a person under its own area.
function participationRoute(rest: string[], params: URLSearchParams): Route {
  const [section, idText] = rest;
  if (section === 'resources') return { page: 'resources' };
  const id = positiveInt(idText);
  if (section === 'matches' && id) return { page: 'match', id };
  const personId = positiveInt(params.get('person') ?? undefined);
  if (section === 'find' && personId) {
    return {
      page: 'findResources',
      personId,
      caseId: positiveInt(params.get('case') ?? undefined),
    };
  }
  return { page: 'area' };
}

/** What page a hash names; `area` means the area's own start page. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  const [head, second] = path.split('/');
  if (head === 'cases') {
    if (second === 'new')
      return { page: 'intake', personId: positiveInt(params.get('person') ?? undefined) };
    const id = positiveInt(second);
    return id ? { page: 'caseDetail', id } : { page: 'caseList' };
  }
  if (head === 'households') {
    if (second === 'new') return { page: 'householdNew' };
    const id = positiveInt(second);
    if (id) return { page: 'household', id };
  }
  if (head === 'search') return { page: 'search', q: params.get('q') ?? '' };
  if (head === 'admin' && second === 'audit') return { page: 'auditLog' };
  if (head === 'reports' && second === 'daily') {
    const date = params.get('date') ?? '';
    const staff = params.get('staff');
    return {
      page: 'dailyRecord',
      date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
      staffId: staff === 'office' ? null : (positiveInt(staff ?? undefined) ?? undefined),
    };
  }
  if (head === 'meetings') {
    const meeting = parseMeetingRoute(second, params);
    if (meeting) return meeting;
  }
  if (head === 'outreach') {
    if (second === 'new') return { page: 'outreachNew' };
    const id = positiveInt(second);
    if (id) return { page: 'outreach', id };
  }
  if (head === 'participation') return participationRoute(path.split('/').slice(1), params);
  return { page: 'area' };
}

/** Goes to a route (the hash change re-renders the shell). */
export function navigate(href: string): void {
  window.location.hash = href;
}
