import { describe, expect, it } from 'vitest';
import { nameInitials } from './nameInitials';

describe('nameInitials', () => {
  it.each([
    ['やまだ たろう', '山田 太郎', 'Y.T.'],
    ['ヤマダ　ハナコ', '山田 花子', 'Y.H.'],
    ['ﾔﾏﾀﾞ ｼﾞﾛｳ', '山田 次郎', 'Y.J.'],
    ['しみず ちさと', '清水 千里', 'S.C.'],
    ['ふじた つよし', '藤田 剛', 'F.T.'],
    ['じんの づきこ', '', 'J.Z.'],
    ['おおの えみ', '', 'O.E.'],
    ['がもう ぱく', '', 'G.P.'],
    ['わたなべ んご', '', 'W.N.'],
    ['ゔぃ ゑみ', '', 'V.W.'],
    ['  かとう   いち  ', '', 'K.I.'],
    ['すずき', '鈴木', 'S.'],
  ])('%s (%s) → %s', (kana, name, expected) => {
    expect(nameInitials(kana, name)).toBe(expected);
  });

  it('falls back to a name in Latin letters when there is no ふりがな', () => {
    expect(nameInitials('', 'Maria Santos')).toBe('M.S.');
    expect(nameInitials('', 'ｊｏｈｎ ｓｍｉｔｈ')).toBe('J.S.');
  });

  it('never prints the name when no letter can be read', () => {
    expect(nameInitials('', '山田 太郎')).toBe('＊');
    expect(nameInitials('山田 たろう', '山田 太郎')).toBe('＊');
    expect(nameInitials('ーー', '')).toBe('＊');
    expect(nameInitials('', '')).toBe('＊');
  });
});
