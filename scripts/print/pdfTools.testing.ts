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
