import { execFileSync } from 'node:child_process';

/** poppler's pdfinfo as key → value. */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

export function pdfPageCount(file: string): number {
  return Number(pdfInfo(file).Pages);
}

/**
 * The text of the PDF, or of one page (1-based), as pdftotext reads it (UTF-8); `layout` keeps
 * the physical layout, so a table row reads as one line; `raw` keeps the order the text was
 * drawn in, so a table cell wrapped over several lines reads as one run.
 */
export function pdfText(
  file: string,
  page?: number,
  options: { layout?: boolean; raw?: boolean } = {},
): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const layout = [
    ...(options.layout === true ? ['-layout'] : []),
    ...(options.raw === true ? ['-raw'] : []),
  ];
  return execFileSync('pdftotext', [...range, ...layout, '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
}

/** Every font of the PDF as pdffonts lists it: name, type, embedded. */
export function pdfFonts(file: string): Array<{ name: string; type: string; embedded: boolean }> {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const name = line.slice(0, 37).trim();
      const type = line.slice(37, 55).trim();
      const embedded = line.slice(72, 76).trim() === 'yes';
      return { name, type, embedded };
    });
}

/** A word pdftotext -bbox found, in points from the page's top left. */
export type PdfWord = {
  page: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
};

const entity: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Every word of the PDF with its box (poppler's pdftotext -bbox), page by page. */
export function pdfWords(file: string): PdfWord[] {
  const out = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of out.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
        line,
      );
    if (!m) continue;
    const text = (m[5] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entity[e] ?? e);
    words.push({
      page,
      text,
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      y1: Number(m[4]),
    });
  }
  return words;
}

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/** Characters as a reader counts them (𠮷 is one). */
export function characterCount(text: string): number {
  return Array.from(graphemes.segment(text)).length;
}

function widthPerCharacter(word: PdfWord): number {
  return (word.x1 - word.x0) / Math.max(1, characterCount(word.text));
}

/**
 * Pairs of words on the same page whose ink overlaps: text printed over other text. pdftotext's
 * boxes are the font's whole ascent-to-descent height (for Noto Sans JP about 2.6 × the size),
 * so consecutive lines' boxes touch; the test compares the middle 40 % of each box's height,
 * where the glyphs are, and any horizontal overlap of more than half a point.
 */
export function overlappingWords(words: readonly PdfWord[]): Array<[PdfWord, PdfWord]> {
  const core = (w: PdfWord) => {
    const middle = (w.y0 + w.y1) / 2;
    const half = ((w.y1 - w.y0) * 0.4) / 2;
    return { top: middle - half, bottom: middle + half };
  };
  const pairs: Array<[PdfWord, PdfWord]> = [];
  for (let i = 0; i < words.length; i += 1) {
    for (let j = i + 1; j < words.length; j += 1) {
      const a = words[i]!;
      const b = words[j]!;
      if (a.page !== b.page) continue;
      const horizontal = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      if (horizontal <= 0.5) continue;
      // Neighbours on one line whose full-width boxes meet by less than half a character: the
      // squeezed punctuation of Japanese text (「）。」 set in one and a half widths), not overprint.
      const sameLine = Math.abs(a.y0 - b.y0) < 0.5 && Math.abs(a.y1 - b.y1) < 0.5;
      const charWidth = Math.min(widthPerCharacter(a), widthPerCharacter(b));
      if (sameLine && horizontal < charWidth * 0.6) continue;
      const ca = core(a);
      const cb = core(b);
      if (Math.min(ca.bottom, cb.bottom) - Math.max(ca.top, cb.top) > 0) pairs.push([a, b]);
    }
  }
  return pairs;
}
