import { describe, expect, it } from 'vitest';
import type { MeetingAttendeeView } from '../../../../electron/contract';
import {
  attendeeErrors,
  attendeesChanged,
  attendeesInput,
  defaultAckDate,
  draftsFrom,
  moveRow,
  newDraft,
} from './attendeeDrafts';

const saved: MeetingAttendeeView[] = [
  {
    id: 1,
    staffId: 2,
    agencyId: null,
    agencyName: null,
    name: '',
    affiliation: '地域共生推進課',
    role: 'chair',
    confidentialityAckOn: '2026-11-27',
  },
  {
    id: 2,
    staffId: null,
    agencyId: 7,
    agencyName: '西地域包括支援センター',
    name: '佐藤 一郎',
    affiliation: '西地域包括支援センター',
    role: null,
    confidentialityAckOn: null,
  },
];
const staffName = (id: number) => (id === 2 ? '相談 一郎' : undefined);

describe('attendee drafts', () => {
  it('read the saved list, naming staff by their display name, and send it back unchanged', () => {
    const drafts = draftsFrom(saved, staffName);
    expect(drafts.map((d) => [d.name, d.acknowledged, d.ackOn])).toEqual([
      ['相談 一郎', true, '令和8年11月27日'],
      ['佐藤 一郎', false, ''],
    ]);
    expect(attendeesChanged(drafts, saved, true)).toBe(false);
    expect(attendeesInput(drafts, true)).toEqual([
      {
        staffId: 2,
        agencyId: null,
        name: '相談 一郎',
        affiliation: '地域共生推進課',
        role: 'chair',
        confidentialityAckOn: '2026-11-27',
      },
      {
        staffId: null,
        agencyId: 7,
        name: '佐藤 一郎',
        affiliation: '西地域包括支援センター',
        role: null,
        confidentialityAckOn: null,
      },
    ]);
  });

  it('send no acknowledgement for meetings other than a 支援会議', () => {
    const drafts = draftsFrom(saved, staffName);
    expect(attendeesInput(drafts, false).map((a) => a.confidentialityAckOn)).toEqual([null, null]);
  });

  it('notice an added, moved or acknowledged row', () => {
    const drafts = draftsFrom(saved, staffName);
    expect(
      attendeesChanged([...drafts, newDraft({ name: '民生 委員', affiliation: '' })], saved, true),
    ).toBe(true);
    expect(attendeesChanged(moveRow(drafts, 1, 'up'), saved, true)).toBe(true);
    const acked = drafts.map((d) => ({ ...d, acknowledged: true, ackOn: 'R8.11.27' }));
    expect(attendeesChanged(acked, saved, true)).toBe(true);
    expect(attendeesInput(acked, true)[1]?.confidentialityAckOn).toBe('2026-11-27');
  });

  it('want a name for everyone and a real date for an acknowledgement', () => {
    const blank = newDraft({ name: '  ', affiliation: '' });
    const badDate = {
      ...newDraft({ name: '田中', affiliation: '' }),
      acknowledged: true,
      ackOn: '令和8年13月1日',
    };
    const errors = attendeeErrors([blank, badDate]);
    expect(errors[`${blank.key}.name`]).toBe('氏名を入力してください');
    expect(errors[`${badDate.key}.ackOn`]).toBeDefined();
    expect(Object.keys(errors)).toHaveLength(2);
  });

  it('default the acknowledgement to the meeting day, or today while it is ahead', () => {
    expect(defaultAckDate('2026-11-20', '2026-11-27')).toBe('令和8年11月20日');
    expect(defaultAckDate('2026-12-04', '2026-11-27')).toBe('令和8年11月27日');
  });

  it('move rows up and down, not past either end', () => {
    expect(moveRow(['a', 'b', 'c'], 2, 'up')).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, 'down')).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b'], 0, 'up')).toEqual(['a', 'b']);
  });
});
