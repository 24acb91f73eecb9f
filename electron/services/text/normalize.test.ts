import { describe, expect, it } from 'vitest';
import { kanjiVariantPairs } from './kanjiVariantPairs';
import { foldKanjiVariants } from './kanjiVariants';
import { kanaKey, nameKey, phoneKey } from './normalize';

describe('matching keys', () => {
  it.each([
    ['やまだ たろう', 'ヤマダタロウ'],
    ['ヤマダ　タロウ', 'ヤマダタロウ'],
    ['ﾔﾏﾀﾞ ﾀﾛｳ', 'ヤマダタロウ'],
    ['ゔぁ', 'ヴア'],
    ['きょうこ', 'キヨウコ'],
    ['キヨウコ', 'キヨウコ'],
    ['ちぢみ つづき', 'チジミツズキ'],
  ])('kana %s → %s', (input, key) => expect(kanaKey(input)).toBe(key));

  // The examples: each group is one key, whichever form was typed.
  it.each([
    ['髙橋', '高橋'],
    ['﨑', '崎'],
    ['邊', '辺'],
    ['邉', '辺'],
    ['齋', '斎'],
    ['齊', '斉'],
    ['𠮷田', '吉田'],
    ['濵', '浜'],
    ['濱', '浜'],
    ['德', '徳'],
    ['澤', '沢'],
    ['嶋', '島'],
  ])('name %s → %s', (input, key) => expect(nameKey(input)).toBe(key));

  it('folds spaces, widths, IVS and kana script in names', () => {
    expect(nameKey('髙﨑　𠮷野')).toBe('高崎吉野');
    expect(nameKey('葛\u{E0100}城 花子')).toBe(nameKey('葛城花子'));
    expect(nameKey('山田 はな')).toBe(nameKey('山田　ハナ'));
    expect(nameKey('ﾔﾏﾀﾞ')).toBe('ヤマダ');
  });

  it('keeps characters that are different, not variants, apart', () => {
    expect(nameKey('斎藤')).not.toBe(nameKey('斉藤'));
    expect(nameKey('崎')).not.toBe(nameKey('埼'));
    expect(nameKey('槙')).not.toBe(nameKey('槇'));
  });

  it('folds every variant in the table to a form that folds no further', () => {
    const codePoints = Array.from(kanjiVariantPairs);
    expect(codePoints.length % 2).toBe(0);
    for (let i = 0; i < codePoints.length; i += 2) {
      const target = codePoints[i + 1] ?? '';
      expect(foldKanjiVariants(target)).toBe(target);
    }
  });

  it.each([
    ['0123-45-6789', '0123456789'],
    ['０１２３－４５－６７８９', '0123456789'],
    ['(0123) 45 6789', '0123456789'],
  ])('phone %s → digits', (input, key) => expect(phoneKey(input)).toBe(key));
});
