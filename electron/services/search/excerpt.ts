/** Characters shown on each side of a match. */
export const excerptRadius = 20;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Where the first of `needles` occurs in `text` (case-insensitively), as [start, end) UTF-16
 * offsets, or null. Searched in the stored text, so the excerpt shows what was written.
 */
export function findMatch(text: string, needles: readonly string[]): [number, number] | null {
  let best: [number, number] | null = null;
  for (const needle of needles) {
    if (needle === '') continue;
    const match = new RegExp(escapeRegExp(needle), 'iu').exec(text);
    if (match && (best === null || match.index < best[0])) {
      best = [match.index, match.index + match[0].length];
    }
  }
  return best;
}

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/** User-perceived characters: 𠮷 (two UTF-16 units) and 葛󠄀 (kanji + IVS selector) are one each. */
function characters(text: string): string[] {
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

/**
 * A one-line excerpt: up to `excerptRadius` characters either side of the first match (or the
 * start of the text when none is found), with … where it was cut. Counted in characters as
 * people see them, so a rare kanji or an IVS variant is never cut in half.
 */
export function excerptAround(text: string, needles: readonly string[]): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  const match = findMatch(oneLine, needles) ?? [0, 0];
  const before = characters(oneLine.slice(0, match[0]));
  const hit = oneLine.slice(match[0], match[1]);
  const after = characters(oneLine.slice(match[1]));
  const tail = match[1] === 0 ? excerptRadius * 2 : excerptRadius;
  const shownBefore = before.slice(-excerptRadius).join('');
  const shownAfter = after.slice(0, tail).join('');
  return (
    (before.length > excerptRadius ? '…' : '') +
    shownBefore +
    hit +
    shownAfter +
    (after.length > tail ? '…' : '')
  );
}
