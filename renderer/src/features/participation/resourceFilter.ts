import type { CallInput } from '../../../../electron/contract';
import type { ResourceKind } from '../../../../electron/contract/communityCodes';

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
