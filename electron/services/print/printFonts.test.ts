import { describe, expect, it } from 'vitest';
import { embeddedFontCss } from './printFonts';
import { codePointsOf, coversAny, parseUnicodeRange } from './unicodeRange';

function faces(css: string): Array<{ weight: string; range: string }> {
  return [
    ...css.matchAll(
      /font-weight:(\d+);src:url\(data:font\/woff2;base64,[^)]+\) format\('woff2'\);unicode-range:([^}]+)}/g,
    ),
  ].map((m) => ({ weight: m[1] ?? '', range: m[2] ?? '' }));
}

describe('parseUnicodeRange', () => {
  it('reads single code points and ranges', () => {
    const ranges = parseUnicodeRange('U+25ee8,U+26ff6-26ff8, U+0000-00FF');
    expect(ranges).toEqual([
      [0x25ee8, 0x25ee8],
      [0x26ff6, 0x26ff8],
      [0, 0xff],
    ]);
    expect(coversAny(ranges, codePointsOf('A'))).toBe(true);
    expect(coversAny(ranges, new Set([0x26ff7]))).toBe(true);
    expect(coversAny(ranges, codePointsOf('山'))).toBe(false);
  });

  it('refuses what it cannot read', () => {
    expect(() => parseUnicodeRange('U+zz')).toThrow(RangeError);
  });
});

describe('embeddedFontCss', () => {
  it('embeds only the subsets that hold a character of the text, per weight', () => {
    const latinOnly = faces(embeddedFontCss({ 400: 'ABC 123', 700: '' }));
    expect(latinOnly).toHaveLength(1);
    expect(latinOnly[0]?.weight).toBe('400');

    const japanese = faces(embeddedFontCss({ 400: '山田 太郎 𠮷野', 700: '山田' }));
    const regular = japanese.filter((f) => f.weight === '400');
    const bold = japanese.filter((f) => f.weight === '700');
    for (const char of '山田太郎𠮷') {
      const cp = char.codePointAt(0) ?? 0;
      expect(
        regular.some((f) => coversAny(parseUnicodeRange(f.range), new Set([cp]))),
        char,
      ).toBe(true);
    }
    expect(bold.length).toBeGreaterThan(0);
    expect(bold.length).toBeLessThan(regular.length);
  });

  it('keeps a page of Japanese text to a few hundred KB (the whole font is about 4 MB a weight)', () => {
    const text =
      '相談受付・申込票 令和8年11月27日 みどり町本町2-14-3 同居の長男が10年ほど家から出ない。年金だけで暮らしが苦しい。生活困窮・高齢・障害・子ども 8050問題 ひきこもり 上記のとおり相談を申し込みます。また、支援に必要な範囲で関係機関と情報を共有することに同意します。';
    const css = embeddedFontCss({ 400: text, 700: '相談受付・申込票 氏名 住所' });
    expect(css.length).toBeLessThan(1_200_000);
  });
});
