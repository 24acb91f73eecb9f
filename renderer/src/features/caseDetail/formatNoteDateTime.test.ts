import { describe, expect, it } from 'vitest';
import { formatNoteDateTime } from './formatNoteDateTime';
import { japanNow } from './japanNow';

describe('formatNoteDateTime', () => {
  it('writes a note time in 和暦 with the weekday', () => {
    expect(formatNoteDateTime('2026-04-01T14:30')).toBe('令和8年4月1日（水） 14:30');
    expect(formatNoteDateTime('2019-05-01T09:05')).toBe('令和元年5月1日（水） 09:05');
  });
});

describe('japanNow', () => {
  it('is the date and minute in Japan whatever the machine zone', () => {
    expect(japanNow(new Date('2026-03-31T15:10:59Z'))).toEqual({
      date: '2026-04-01',
      time: '00:10',
    });
    expect(japanNow(new Date('2026-04-01T05:00:00Z'))).toEqual({
      date: '2026-04-01',
      time: '14:00',
    });
  });
});
