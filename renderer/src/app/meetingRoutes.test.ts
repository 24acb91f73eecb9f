import { describe, expect, it } from 'vitest';
import { areaFromHash } from './areas';
import { meetingRoutes } from './meetingRoutes';
import { parseRoute } from './routes';

describe('meeting routes', () => {
  it.each([
    [meetingRoutes.meetingNew(), { page: 'meetingNew', kind: null, caseId: null }],
    [
      meetingRoutes.meetingNew({ kind: 'shien', caseId: 12 }),
      { page: 'meetingNew', kind: 'shien', caseId: 12 },
    ],
    ['#/meetings/new?kind=bogus&case=-3', { page: 'meetingNew', kind: null, caseId: null }],
    [meetingRoutes.meeting(7), { page: 'meeting', id: 7 }],
    [meetingRoutes.meetingList(), { page: 'area' }],
    ['#/meetings/abc', { page: 'area' }],
  ])('%s', (hash, route) => expect(parseRoute(hash)).toEqual(route));

  it('keeps 会議 marked in the menu on a meeting and on 新しい会議', () => {
    expect(areaFromHash(meetingRoutes.meeting(7), 'viewer').id).toBe('meetings');
    expect(areaFromHash(meetingRoutes.meetingNew({ kind: 'shien' }), 'worker').id).toBe('meetings');
  });
});
