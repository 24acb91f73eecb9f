import { describe, expect, it } from 'vitest';
import { formatWarekiDate } from './formatWarekiDate';

describe('formatWarekiDate', () => {
  it('writes dates in 和暦, in Japan time', () => {
    expect(formatWarekiDate(new Date('2026-04-01T00:00:00+09:00'))).toBe('令和8年4月1日');
    expect(formatWarekiDate(new Date('2019-04-30T23:59:00+09:00'))).toBe('平成31年4月30日');
    expect(formatWarekiDate(new Date('2019-05-01T00:00:00+09:00'))).toBe('令和元年5月1日');
  });
});
