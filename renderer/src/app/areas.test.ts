import { describe, expect, it } from 'vitest';
import { areaFromHash, areasFor, hashForArea } from './areas';

describe('areas', () => {
  it('shows 管理 to 管理者 only', () => {
    expect(areasFor('admin').map((a) => a.label)).toContain('管理');
    expect(areasFor('worker').map((a) => a.label)).not.toContain('管理');
    expect(areasFor('viewer').map((a) => a.label)).not.toContain('管理');
  });

  it('reads the area from the hash it writes', () => {
    expect(areaFromHash(hashForArea('meetings'), 'worker').id).toBe('meetings');
    expect(areaFromHash('#/cases/123', 'viewer').id).toBe('cases');
    expect(areaFromHash('#/agencies', 'viewer').id).toBe('agencies');
  });

  it('keeps アウトリーチ and 参加支援 marked on their own pages', () => {
    expect(areaFromHash('#/outreach/3', 'viewer').id).toBe('outreach');
    expect(areaFromHash('#/outreach/new', 'worker').id).toBe('outreach');
    expect(areaFromHash('#/participation/matches/2', 'worker').id).toBe('participation');
    expect(areaFromHash('#/participation/find?person=4', 'worker').id).toBe('participation');
  });

  it('keeps ケース marked on household and search pages', () => {
    expect(areaFromHash('#/households/new', 'worker').id).toBe('cases');
    expect(areaFromHash('#/households/4', 'viewer').id).toBe('cases');
    expect(areaFromHash('#/search?q=%E5%B1%B1%E7%94%B0', 'worker').id).toBe('cases');
  });

  it.each([
    ['', 'admin'],
    ['#/', 'admin'],
    ['#/nowhere', 'admin'],
    ['#/admin', 'worker'],
    ['#token=abc', 'admin'],
    ['#/hasOwnProperty', 'admin'],
  ] as const)('falls back to ホーム for %s as %s', (hash, role) => {
    expect(areaFromHash(hash, role).id).toBe('home');
  });
});
