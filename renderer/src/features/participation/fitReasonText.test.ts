import { describe, expect, it } from 'vitest';
import { fitReasonText } from './fitReasonText';

describe('fitReasonText', () => {
  it.each([
    [{ code: 'ageOutside', tone: 'poor', detail: '18歳まで' }, '年齢が対象外（18歳まで）'],
    [{ code: 'sameArea', tone: 'good', detail: '北圏域' }, '同じ圏域（北圏域）'],
    [{ code: 'roomOpen', tone: 'good', detail: '' }, '受入可'],
    [{ code: 'roomFull', tone: 'poor', detail: '定員 5人' }, '満員（定員 5人）'],
  ] as const)('reads %o as %s', (reason, text) => {
    expect(fitReasonText(reason)).toBe(text);
  });
});
