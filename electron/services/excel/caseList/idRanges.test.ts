import { describe, expect, it } from 'vitest';
import { idRanges } from './idRanges';

describe('idRanges', () => {
  it.each([
    { ids: [], size: 3, ranges: [] },
    { ids: [5], size: 3, ranges: [[5, 5]] },
    {
      ids: [1, 2, 3, 4, 5, 6, 7],
      size: 3,
      ranges: [
        [1, 3],
        [4, 6],
        [7, 7],
      ],
    },
    // One wanted id in four or better stays in one range; sparser ids get their own.
    { ids: [1, 4, 8], size: 10, ranges: [[1, 8]] },
    {
      ids: [1, 9, 100, 101],
      size: 10,
      ranges: [
        [1, 1],
        [9, 9],
        [100, 101],
      ],
    },
  ])('$ids by $size → $ranges', ({ ids, size, ranges }) => {
    expect(idRanges(ids, size).map((range) => [range.first, range.last])).toEqual(ranges);
  });

  it('never lets ranges overlap or read more than four rows per wanted id', () => {
    const ids = [...new Set(Array.from({ length: 500 }, (_, i) => (i * 7919) % 5003))].sort(
      (a, b) => a - b,
    );
    const ranges = idRanges(ids, 50);
    const read = ranges.reduce((sum, range) => sum + range.last - range.first + 1, 0);
    expect(read).toBeLessThanOrEqual(4 * ids.length);
    ranges.slice(1).forEach((range, i) => expect(range.first).toBeGreaterThan(ranges[i]!.last));
    expect(ranges.flatMap((r) => ids.filter((id) => id >= r.first && id <= r.last))).toEqual(ids);
  });
});
