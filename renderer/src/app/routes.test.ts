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
  ])('%s', (hash, route) => expect(parseRoute(hash)).toEqual(route));
});
