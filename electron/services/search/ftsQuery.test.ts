import { describe, expect, it } from 'vitest';
import { ftsAllWords, ftsString, likeContains, prefixUpperBound } from './ftsQuery';

describe('ftsQuery', () => {
  it('quotes user text as one FTS5 string, doubling quotes', () => {
    expect(ftsString('山田')).toBe('"山田"');
    expect(ftsString('a"b')).toBe('"a""b"');
    expect(ftsString('NEAR(a b) AND *')).toBe('"NEAR(a b) AND *"');
  });

  it('requires every word, each in any spelling', () => {
    expect(ftsAllWords([['介護'], ['ＡＢＣ', 'ABC']])).toBe('("介護") AND ("ＡＢＣ" OR "ABC")');
  });

  it('makes LIKE wildcards and the escape literal', () => {
    expect(likeContains('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });

  it('bounds a prefix range above every continuation', () => {
    const upper = prefixUpperBound('山田');
    for (const name of ['山田', '山田太郎', '山田𠮷']) {
      expect(name >= '山田' && name < upper).toBe(true);
    }
    const other: string = '山口';
    expect(other >= '山田' && other < upper).toBe(false);
  });
});
