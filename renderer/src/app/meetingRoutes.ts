import type { MeetingKind } from '../../../electron/contract';
import { meetingKinds } from '../../../electron/contract/meetingCodes';

/** What 新しい会議 may start with: a kind, and a case to put on the agenda once created. */
export type MeetingNewPreset = { kind?: MeetingKind; caseId?: number };

/** Hash routes of 会議: the list, a new meeting, one meeting. */
export const meetingRoutes = {
  meetingList: () => '#/meetings',
  meetingNew: (preset: MeetingNewPreset = {}) => {
    const params = new URLSearchParams();
    if (preset.kind) params.set('kind', preset.kind);
    if (preset.caseId) params.set('case', String(preset.caseId));
    const query = params.toString();
    return query === '' ? '#/meetings/new' : `#/meetings/new?${query}`;
  },
  meeting: (id: number) => `#/meetings/${id}`,
};

export type MeetingRoute =
  | { page: 'meetingNew'; kind: MeetingKind | null; caseId: number | null }
  | { page: 'meeting'; id: number };

function positiveInt(text: string | null | undefined): number | null {
  if (!text || !/^\d{1,9}$/.test(text)) return null;
  const n = Number(text);
  return n > 0 ? n : null;
}

function kindOf(text: string | null): MeetingKind | null {
  return meetingKinds.codes.find((kind) => kind === text) ?? null;
}

/** The page below `#/meetings/…`; null for the area's own start page (the list). */
export function parseMeetingRoute(
  second: string | undefined,
  params: URLSearchParams,
): MeetingRoute | null {
  if (second === 'new') {
    return {
      page: 'meetingNew',
      kind: kindOf(params.get('kind')),
      caseId: positiveInt(params.get('case')),
    };
  }
  const id = positiveInt(second);
  return id ? { page: 'meeting', id } : null;
}
