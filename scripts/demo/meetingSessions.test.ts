import { describe, expect, it } from 'vitest';
import { dayOf, isoDateOf } from './demoCalendar';
import { agendaCapacity, SessionBook } from './meetingSessions';

const may = { earliest: dayOf('2026-05-01'), latest: dayOf('2026-05-31') };

describe('SessionBook', () => {
  it('books the month’s regular sitting first: the 2nd Tuesday and the 4th Thursday', () => {
    const book = new SessionBook(dayOf('2026-04-01'), dayOf('2026-06-30'));
    const shien = book.place('shien', may, 'first', 1, []);
    const jusou = book.place('jusou', may, 'first', 1, []);
    expect([shien, jusou].map((s) => s && isoDateOf(s.day))).toEqual(['2026-05-12', '2026-05-28']);
    expect(book.nextRegular('shien', dayOf('2026-05-12'))).toBe(dayOf('2026-06-09'));
  });

  it('opens other weeks’ sittings when the regular one is full, keeps a case once per sitting', () => {
    const book = new SessionBook(dayOf('2026-04-01'), dayOf('2026-06-30'));
    const days = Array.from({ length: agendaCapacity + 1 }, (_, caseId) => {
      const session = book.place('shien', may, 'first', caseId, []);
      return session && isoDateOf(session.day);
    });
    expect(days.slice(0, agendaCapacity).every((d) => d === '2026-05-12')).toBe(true);
    expect(days[agendaCapacity]).toBe('2026-05-05');
    const again = book.place('shien', may, 'first', 0, [
      { kind: 'evaluation', text: 'x', planId: null },
    ]);
    expect(again && isoDateOf(again.day)).toBe('2026-05-12');
    expect(again?.agenda.get(0)?.decisions).toHaveLength(1);
    expect(book.held().map((s) => [isoDateOf(s.day), s.agenda.size])).toEqual([
      ['2026-05-05', 1],
      ['2026-05-12', agendaCapacity],
    ]);
  });

  it('books the latest sitting in range for a closure, and none outside the range', () => {
    const book = new SessionBook(dayOf('2026-04-01'), dayOf('2026-06-30'));
    const last = book.place(
      'jusou',
      { earliest: dayOf('2026-04-01'), latest: dayOf('2026-05-27') },
      'last',
      1,
      [],
    );
    expect(last && isoDateOf(last.day)).toBe('2026-04-23');
    expect(
      book.place(
        'jusou',
        { earliest: dayOf('2026-05-29'), latest: dayOf('2026-06-03') },
        'first',
        2,
        [],
      ),
    ).toBeNull();
  });
});
