import { describe, expect, it } from 'vitest';
import { readNotesRange } from './notesRange';

describe('readNotesRange', () => {
  it.each([
    { from: '', to: '', expected: { ok: true, from: undefined, to: undefined } },
    { from: 'R8.4.1', to: '', expected: { ok: true, from: '2026-04-01', to: undefined } },
    { from: '', to: '2026/6/30', expected: { ok: true, from: undefined, to: '2026-06-30' } },
    {
      from: '令和8年4月1日',
      to: '令和8年4月1日',
      expected: { ok: true, from: '2026-04-01', to: '2026-04-01' },
    },
  ])('reads $from – $to', ({ from, to, expected }) => {
    expect(readNotesRange({ from, to })).toEqual(expected);
  });

  it('refuses an end before the start, at the end field', () => {
    expect(readNotesRange({ from: 'R8.5.1', to: 'R8.4.1' })).toEqual({
      ok: false,
      errors: { to: '期間の終了は開始と同じ日かそれより後にしてください' },
    });
  });

  it('refuses what is not a date, at that field', () => {
    const result = readNotesRange({ from: 'あした', to: 'R8.2.30' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.from).toContain('日付として読み取れません');
      expect(result.errors.to).toBe('存在しない日付です');
    }
  });
});
