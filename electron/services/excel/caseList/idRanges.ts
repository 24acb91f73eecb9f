import type { IdRange } from '../../../../db/repositories/caseExportQueries';

/**
 * Sorted ids cut into ranges to read in id order: at most `size` ids each, and dense enough
 * (at least one wanted id in four) that reading the whole range wastes little. Ranges never
 * overlap, so even scattered ids never read more than the table once.
 */
export function idRanges(sortedIds: readonly number[], size = 1000): IdRange[] {
  const ranges: IdRange[] = [];
  let current: (IdRange & { count: number }) | null = null;
  for (const id of sortedIds) {
    if (current && current.count < size && id - current.first + 1 <= 4 * (current.count + 1)) {
      current.last = id;
      current.count += 1;
      continue;
    }
    if (current) ranges.push({ first: current.first, last: current.last });
    current = { first: id, last: id, count: 1 };
  }
  if (current) ranges.push({ first: current.first, last: current.last });
  return ranges;
}
