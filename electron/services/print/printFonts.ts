import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { codePointsOf, covers, parseUnicodeRange, type CodePointRanges } from './unicodeRange';

/** The family name print documents use; unique, so a system font of the same name never wins. */
export const printFontFamily = 'Kasane Noto Sans JP';

/** The weights a print document carries: body text and headings/labels. */
export type PrintFontWeight = 400 | 700;

type Subset = { file: string; ranges: CodePointRanges; rangeText: string };

let subsetsCache: { dir: string; subsets: Subset[] } | undefined;
const dataUrlCache = new Map<string, string>();

/** Where @fontsource/noto-sans-jp is installed (node_modules in development and in the app). */
export function defaultFontPackageDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('@fontsource/noto-sans-jp/package.json'));
}

/** The package's unicode-range subsets (about 120 for Japanese), read once. */
function subsetsOf(dir: string): Subset[] {
  if (subsetsCache?.dir === dir) return subsetsCache.subsets;
  const table = JSON.parse(fs.readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  const subsets = Object.entries(table).map(([key, rangeText]) => ({
    file: `noto-sans-jp-${key.replace(/^\[(\d+)\]$/, '$1')}`,
    ranges: parseUnicodeRange(rangeText),
    rangeText,
  }));
  subsetsCache = { dir, subsets };
  return subsets;
}

function woff2DataUrl(file: string): string {
  const cached = dataUrlCache.get(file);
  if (cached !== undefined) return cached;
  const url = `data:font/woff2;base64,${fs.readFileSync(file).toString('base64')}`;
  dataUrlCache.set(file, url);
  return url;
}

/**
 * The subsets the browser will take each character from. Where ranges overlap (ASCII is in
 * several), the face declared last is tried first (CSS Fonts 4, composite faces), so only that
 * one is needed.
 */
function subsetsFor(subsets: readonly Subset[], codePoints: ReadonlySet<number>): Set<Subset> {
  const needed = new Set<Subset>();
  for (const cp of codePoints) {
    const chosen = subsets.findLast((subset) => covers(subset.ranges, cp));
    if (chosen) needed.add(chosen);
  }
  return needed;
}

/**
 * @font-face rules embedding, as data: URLs, only the subsets of Noto Sans JP that hold a
 * character of `text` for each weight: the document is self-contained (no file or network
 * access when printed, allowed by the CSP's `font-src data:`) and stays a few hundred KB
 * instead of the 4 MB a whole weight would cost.
 */
export function embeddedFontCss(
  textByWeight: Readonly<Record<PrintFontWeight, string>>,
  fontDir: string = defaultFontPackageDir(),
): string {
  const subsets = subsetsOf(fontDir);
  const rules: string[] = [];
  for (const weight of [400, 700] as const) {
    const needed = subsetsFor(subsets, codePointsOf(textByWeight[weight]));
    for (const subset of subsets) {
      if (!needed.has(subset)) continue;
      const file = path.join(fontDir, 'files', `${subset.file}-${weight}-normal.woff2`);
      rules.push(
        `@font-face{font-family:'${printFontFamily}';font-style:normal;font-weight:${weight};` +
          `src:url(${woff2DataUrl(file)}) format('woff2');unicode-range:${subset.rangeText}}`,
      );
    }
  }
  return rules.join('\n');
}
