import { describe, expect, it } from 'vitest';
import { parseRoute, routes } from './routes';

describe('routes', () => {
  it.each([
    [routes.caseList(), { page: 'caseList' }],
    [routes.intake(), { page: 'intake', personId: null }],
    [routes.intake(7), { page: 'intake', personId: 7 }],
    [routes.caseDetail(12), { page: 'caseDetail', id: 12 }],
    [routes.household(3), { page: 'household', id: 3 }],
    [routes.householdNew(), { page: 'householdNew' }],
    [routes.search('山田 太郎'), { page: 'search', q: '山田 太郎' }],
    ['#/cases/abc', { page: 'caseList' }],
    ['#/cases/-1', { page: 'caseList' }],
    ['#/households/0', { page: 'area' }],
    ['#/home', { page: 'area' }],
    [routes.outreachList(), { page: 'area' }],
    [routes.outreachNew(), { page: 'outreachNew' }],
    [routes.outreach(5), { page: 'outreach', id: 5 }],
    ['#/outreach/x', { page: 'area' }],
    [routes.matchList(), { page: 'area' }],
    [routes.resources(), { page: 'resources' }],
    [routes.match(8), { page: 'match', id: 8 }],
    [routes.findResources(4, 9), { page: 'findResources', personId: 4, caseId: 9 }],
    [routes.findResources(4, null), { page: 'findResources', personId: 4, caseId: null }],
    ['#/participation/find', { page: 'area' }],
    ['#/participation/matches/0', { page: 'area' }],
    [routes.activities(), { page: 'area' }],
    [routes.admin(), { page: 'area' }],
    [routes.auditLog(), { page: 'auditLog' }],
    [routes.dailyRecord(), { page: 'dailyRecord', date: null, staffId: undefined }],
    [
      routes.dailyRecord('2026-12-08', 3),
      { page: 'dailyRecord', date: '2026-12-08', staffId: 3 },
    ],
    [
      routes.dailyRecord('2026-12-08', null),
      { page: 'dailyRecord', date: '2026-12-08', staffId: null },
    ],
    ['#/reports/daily?date=8&staff=x', { page: 'dailyRecord', date: null, staffId: undefined }],
    ['#/reports', { page: 'area' }],
  ])('%s', (hash, route) => expect(parseRoute(hash)).toEqual(route));
});
