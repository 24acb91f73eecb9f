import { describe, expect, it } from 'vitest';
import { excerptAround, excerptRadius, findMatch } from './excerpt';

describe('excerptAround', () => {
  const long = 'あ'.repeat(50) + '就労支援' + 'い'.repeat(50);

  it('shows the match with 20 characters either side, marking the cuts', () => {
    expect(excerptAround(long, ['就労'])).toBe(
      `…${'あ'.repeat(excerptRadius)}就労支援${'い'.repeat(excerptRadius - 2)}…`,
    );
  });

  it('matches case-insensitively and keeps the stored spelling', () => {
    expect(excerptAround('連絡先はABC商事です', ['abc'])).toBe('連絡先はABC商事です');
  });

  it('starts at the beginning when nothing matches, on one line', () => {
    expect(excerptAround('一行目\n二行目', [])).toBe('一行目 二行目');
    expect(excerptAround('x'.repeat(100), ['none'])).toBe(`${'x'.repeat(40)}…`);
  });

  it('never cuts a character outside the BMP in half', () => {
    const text = '𠮷'.repeat(30) + '相談' + '𠮷'.repeat(30);
    const excerpt = excerptAround(text, ['相談']);
    expect(excerpt).toBe(`…${'𠮷'.repeat(20)}相談${'𠮷'.repeat(20)}…`);
  });

  it('never separates an IVS variation selector from its kanji', () => {
    const ivs = '葛\u{E0100}';
    const excerpt = excerptAround(ivs.repeat(30) + '相談', ['相談']);
    expect(excerpt).toBe(`…${ivs.repeat(20)}相談`);
  });

  it('finds the earliest of several needles', () => {
    expect(findMatch('abc def', ['def', 'abc'])).toEqual([0, 3]);
    expect(findMatch('abc', ['x'])).toBeNull();
  });
});
