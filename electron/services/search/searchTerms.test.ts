import { describe, expect, it } from 'vitest';
import { searchTerms } from './searchTerms';

describe('searchTerms', () => {
  it.each([
    ['山田 太郎', { nameKey: '山田太郎', kanaKey: null, phoneDigits: null, caseNumber: null }],
    ['やまだ たろう', { nameKey: 'ヤマダタロウ', kanaKey: 'ヤマダタロウ' }],
    ['ﾔﾏﾀﾞ', { nameKey: 'ヤマダ', kanaKey: 'ヤマダ' }],
    ['ヤマダ', { kanaKey: 'ヤマダ' }],
    ['髙橋', { nameKey: '高橋', kanaKey: null }],
    ['090-1234-5678', { phoneDigits: '09012345678', kanaKey: null }],
    ['０９０（１２３４）５６７８', { phoneDigits: '09012345678' }],
    ['090ー1234ー5678', { phoneDigits: '09012345678', kanaKey: null }],
    ['5678', { phoneDigits: '5678' }],
    ['567', { phoneDigits: null }],
    ['R8-0001', { caseNumber: { exact: 'R8-0001', prefix: 'R8-0001' } }],
    ['r8-1', { caseNumber: { exact: 'R8-0001', prefix: 'R8-1' } }],
    ['Ｒ８－１', { caseNumber: { exact: 'R8-0001', prefix: 'R8-1' } }],
    ['R8', { caseNumber: { exact: null, prefix: 'R8-' } }],
    ['R8-', { caseNumber: { exact: null, prefix: 'R8-' } }],
    ['介護 R8', { caseNumber: null }],
  ])('reads %s', (query, expected) => {
    expect(searchTerms(query)).toMatchObject(expected);
  });

  it('splits words into trigram words (with their NFKC spelling) and short words', () => {
    const terms = searchTerms('ＡＢＣ商事 就労 介護保険');
    expect(terms.longWords).toEqual([['ＡＢＣ商事', 'ABC商事'], ['介護保険']]);
    expect(terms.shortWords).toEqual(['就労']);
  });

  it('counts a rare kanji outside the BMP as one character', () => {
    expect(searchTerms('𠮷田').longWords).toEqual([]);
    expect(searchTerms('𠮷田').shortWords).toEqual(['𠮷田']);
  });
});
