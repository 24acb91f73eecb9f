/** A CSS `unicode-range` as closed intervals of code points. */
export type CodePointRanges = ReadonlyArray<readonly [number, number]>;

/** Parses `U+25ee8,U+26ff6-26ff8` (the form @fontsource writes; no `?` wildcards). */
export function parseUnicodeRange(text: string): CodePointRanges {
  return text
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => part !== '')
    .map((part): readonly [number, number] => {
      const [from = '', to = from] = part.split('-');
      const start = Number.parseInt(from, 16);
      const end = Number.parseInt(to, 16);
      if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) {
        throw new RangeError(`bad unicode-range part: ${part}`);
      }
      return [start, end];
    });
}

/** Whether the code point falls in the ranges. */
export function covers(ranges: CodePointRanges, codePoint: number): boolean {
  return ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/** Whether any of the code points falls in the ranges. */
export function coversAny(ranges: CodePointRanges, codePoints: ReadonlySet<number>): boolean {
  for (const cp of codePoints) if (covers(ranges, cp)) return true;
  return false;
}

/** The distinct code points of some texts. */
export function codePointsOf(...texts: readonly string[]): Set<number> {
  const result = new Set<number>();
  for (const text of texts) for (const char of text) result.add(char.codePointAt(0) ?? 0);
  return result;
}
