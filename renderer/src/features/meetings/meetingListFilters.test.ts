import { describe, expect, it } from 'vitest';
import { defaultMeetingFilters, meetingListInput } from './meetingListFilters';

describe('meeting list filters', () => {
  it('start six months back with the future open', () => {
    expect(defaultMeetingFilters('2026-11-27')).toEqual({ from: '令和8年5月27日', to: '', kind: null });
    expect(defaultMeetingFilters('2026-03-31').from).toBe('令和7年10月1日');
  });

  it('send only the ends that are dates, typed in 和暦 or 西暦', () => {
    expect(meetingListInput({ from: 'R8.4.1', to: '2026/6/30', kind: 'shien' })).toEqual({
      from: '2026-04-01',
      to: '2026-06-30',
      kind: 'shien',
    });
    expect(meetingListInput({ from: '', to: '令和8年', kind: null })).toEqual({});
  });
});
