import type { CallInput } from '../../../../electron/contract';
import type { ResourceKind } from '../../../../electron/contract/communityCodes';
import type { ResourceFitView } from '../../../../electron/contract/schemas/participation';

/** The resource filters as the filter bar holds them. */
export type ResourceFilter = {
  kind: ResourceKind | null;
  words: string;
  activeOnly: boolean;
  withFreeCapacity: boolean;
};

export const defaultResourceFilter: ResourceFilter = {
  kind: null,
  words: '',
  activeOnly: true,
  withFreeCapacity: false,
};

/** resource.list's input; words are trimmed (and sent only when there are some). */
export function toResourceListInput(filter: ResourceFilter): CallInput<'resource.list'> {
  const words = filter.words.trim();
  return {
    ...(filter.kind && { kind: filter.kind }),
    ...(words && { words }),
    activeOnly: filter.activeOnly,
    withFreeCapacity: filter.withFreeCapacity,
  };
}

/** Text folded as the directory's search folds it: NFKC, lower case, no spaces. */
function folded(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/**
 * 資源を探す's filters on the ranked list it already holds (so the order by fit stays): 種類, every
 * word in the name, place, 地区・圏域 or host, and, with 空きがあるもの, none that is 満員.
 */
export function filterRanked<T extends ResourceFitView>(
  resources: readonly T[],
  filter: ResourceFilter,
): T[] {
  const words = filter.words
    .split(/[\s\u3000]+/u)
    .map(folded)
    .filter(Boolean);
  return resources.filter((resource) => {
    if (filter.kind !== null && resource.kind !== filter.kind) return false;
    if (filter.withFreeCapacity && resource.fit.some((reason) => reason.code === 'roomFull')) {
      return false;
    }
    const haystack = [
      resource.name,
      resource.place,
      resource.district,
      resource.hostName,
      resource.hostAgencyName ?? '',
    ]
      .map(folded)
      .join('\n');
    return words.every((word) => haystack.includes(word));
  });
}
