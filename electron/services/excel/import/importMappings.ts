import type { ImportMapping, ImportWordList } from '../../../contract/schemas/importWords';
import { nameKey } from '../../text/normalize';
import { valueKey } from './codeMatcher';

/** Where a mapping came from: given with this file, or remembered from an earlier import. */
export type MappingSource = 'given' | 'remembered';

export type MappedValue = { to: string | null; source: MappingSource };

/** The mappings one import applies: the ones given for this file over the remembered ones. */
export type MappingTable = {
  get: (list: ImportWordList, written: string) => MappedValue | undefined;
  /** Every mapped word of a list with its value (the word lists take them as words of their own). */
  words: (list: ImportWordList) => Array<readonly [string, string | null]>;
};

/** How a written word is compared: a staff name as names are matched, other words as list words. */
export function mappingKey(list: ImportWordList, written: string): string {
  return list === 'staff' ? nameKey(written) : valueKey(written);
}

export function mappingTable(
  remembered: readonly ImportMapping[],
  given: readonly ImportMapping[],
): MappingTable {
  const byKey = new Map<string, MappedValue & { written: string; list: ImportWordList }>();
  const put = (mapping: ImportMapping, source: MappingSource) => {
    const key = mappingKey(mapping.list, mapping.written);
    if (key === '') return;
    byKey.set(`${mapping.list}\u0000${key}`, { ...mapping, source });
  };
  for (const mapping of remembered) put(mapping, 'remembered');
  for (const mapping of given) put(mapping, 'given');
  return {
    get: (list, written) => byKey.get(`${list}\u0000${mappingKey(list, written)}`),
    words: (list) =>
      [...byKey.values()].filter((m) => m.list === list).map((m) => [m.written, m.to] as const),
  };
}

/** The remembered mappings with `given` laid over them (same list and word: the newer wins). */
export function mergeMappings(
  remembered: readonly ImportMapping[],
  given: readonly ImportMapping[],
): ImportMapping[] {
  const byKey = new Map<string, ImportMapping>();
  for (const mapping of [...remembered, ...given]) {
    byKey.set(`${mapping.list}\u0000${mappingKey(mapping.list, mapping.written)}`, mapping);
  }
  return [...byKey.values()];
}
