import { describe, expect, it } from 'vitest';
import { kanaKey, nameKey, phoneKey } from './normalize';

describe('matching keys', () => {
  it.each([
    ['やまだ たろう', 'ヤマダタロウ'],
    ['ヤマダ　タロウ', 'ヤマダタロウ'],
    ['ﾔﾏﾀﾞ ﾀﾛｳ', 'ヤマダタロウ'],
    ['ゔぁ', 'ヴァ'],
  ])('kana %s → %s', (input, key) => expect(kanaKey(input)).toBe(key));

  it('keeps rare kanji and IVS as typed, only removing spaces', () => {
    expect(nameKey('髙﨑　𠮷野')).toBe('髙﨑𠮷野');
    expect(nameKey('葛\u{E0100}城 花子')).toBe('葛\u{E0100}城花子');
  });

  it.each([
    ['0123-45-6789', '0123456789'],
    ['０１２３－４５－６７８９', '0123456789'],
    ['(0123) 45 6789', '0123456789'],
  ])('phone %s → digits', (input, key) => expect(phoneKey(input)).toBe(key));
});
