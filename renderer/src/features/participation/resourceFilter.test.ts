import { describe, expect, it } from 'vitest';
import type { ResourceFitView } from '../../../../electron/contract/schemas/participation';
import { defaultResourceFilter, filterRanked, toResourceListInput } from './resourceFilter';

describe('toResourceListInput', () => {
  it('asks for active resources by default', () => {
    expect(toResourceListInput(defaultResourceFilter)).toEqual({
      activeOnly: true,
      withFreeCapacity: false,
    });
  });

  it('sends kind, trimmed words and free capacity', () => {
    const filter = { kind: 'ibasho', words: ' 本町 ', activeOnly: false, withFreeCapacity: true };
    expect(toResourceListInput({ ...filter, kind: 'ibasho' })).toEqual({
      kind: 'ibasho',
      words: '本町',
      activeOnly: false,
      withFreeCapacity: true,
    });
  });
});

describe('filterRanked (資源を探す)', () => {
  const base: Omit<ResourceFitView, 'id' | 'name' | 'kind' | 'district' | 'fit'> = {
    hostName: '',
    hostAgencyId: null,
    hostAgencyName: null,
    place: '',
    schedule: '',
    capacity: null,
    activeMatches: 0,
    freeCapacity: null,
    target: '',
    ageMin: null,
    ageMax: null,
    fields: [],
    intake: 'open',
    contact: '',
    active: true,
    memo: '',
  };
  const ranked: ResourceFitView[] = [
    { ...base, id: 1, name: 'みどりの作業所', kind: 'work', district: '北圏域・本町', fit: [] },
    {
      ...base,
      id: 2,
      name: 'ひだまり 農園',
      kind: 'farming',
      district: '北圏域・山の手',
      hostAgencyName: 'ＮＰＯ法人よりそい',
      fit: [{ code: 'roomFull', tone: 'poor', detail: '' }],
    },
    { ...base, id: 3, name: 'こども食堂', kind: 'kodomoShokudo', district: '南圏域・港', fit: [] },
  ];
  const names = (patch: Partial<typeof defaultResourceFilter>) =>
    filterRanked(ranked, { ...defaultResourceFilter, ...patch }).map((r) => r.id);

  it.each<[string, Partial<typeof defaultResourceFilter>, number[]]>([
    ['nothing: the ranked order as it is', {}, [1, 2, 3]],
    ['a kind', { kind: 'farming' }, [2]],
    ['a 圏域', { words: '北圏域' }, [1, 2]],
    ['two words, both needed, full-width space', { words: '北圏域　山の手' }, [2]],
    ['a name typed without its space', { words: 'ひだまり農園' }, [2]],
    ['the host agency in half-width letters', { words: 'npo' }, [2]],
    ['空きがあるもの: 満員 left out', { withFreeCapacity: true }, [1, 3]],
  ])('keeps %s', (_what, patch, ids) => {
    expect(names(patch)).toEqual(ids);
  });
});
