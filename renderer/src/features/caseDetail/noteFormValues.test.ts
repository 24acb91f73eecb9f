import { describe, expect, it } from 'vitest';
import { sampleNote } from './caseDetail.testing';
import {
  emptyNoteValues,
  noteFieldsFrom,
  noteValuesFrom,
  validateNoteValues,
  type NoteFormValues,
} from './noteFormValues';

const today = '2026-04-10';
const filled: NoteFormValues = {
  ...emptyNoteValues({ date: today, time: '14:05' }),
  means: 'phone',
  counterpart: '長女',
  facts: '長女から電話。父の様子を聞いた。',
};

describe('validateNoteValues', () => {
  it('passes a complete note', () => {
    expect(validateNoteValues(filled, today)).toEqual({});
  });

  it.each([
    ['an empty date', { date: '' }, 'date', '日付を入力してください'],
    ['2月30日', { date: '令和8年2月30日' }, 'date', '存在しない日付です'],
    ['a future date', { date: '2026/4/11' }, 'date', '未来の日付は入力できません'],
    ['no time', { time: '' }, 'time', '時刻を入力してください'],
    ['a broken time', { time: '25:00' }, 'time', '時刻は 14:30 の形で入力してください'],
    ['no 手段', { means: null }, 'means', '手段を選んでください'],
    ['only spaces as 内容', { facts: '　 ' }, 'facts', '内容を入力してください'],
    ['minutes below zero', { minutes: -5 }, 'minutes', '所要時間は0〜1440分で入力してください'],
    ['minutes over a day', { minutes: 1441 }, 'minutes', '所要時間は0〜1440分で入力してください'],
    ['fractional minutes', { minutes: 12.5 }, 'minutes', '所要時間は0〜1440分で入力してください'],
  ] as const)('refuses %s at the field', (_name, change, field, message) => {
    expect(validateNoteValues({ ...filled, ...change }, today)[field]).toBe(message);
  });

  it('accepts a time typed without a colon', () => {
    expect(validateNoteValues({ ...filled, time: '930' }, today)).toEqual({});
    expect(noteFieldsFrom({ ...filled, time: '930' }).occurredAt).toBe('2026-04-10T09:30');
  });

  it('accepts 和暦 and full-width dates', () => {
    expect(validateNoteValues({ ...filled, date: 'R8.4.1' }, today)).toEqual({});
    expect(validateNoteValues({ ...filled, date: '２０２６年４月１０日' }, today)).toEqual({});
  });
});

describe('noteFieldsFrom', () => {
  it('joins date and time as Japan local time and turns empty minutes into null', () => {
    expect(noteFieldsFrom({ ...filled, date: '令和8年4月1日' })).toEqual({
      occurredAt: '2026-04-01T14:05',
      means: 'phone',
      counterpart: '長女',
      facts: '長女から電話。父の様子を聞いた。',
      assessment: '',
      nextAction: '',
      minutes: null,
      nextActionOn: null,
      nextActionStaffId: null,
    });
    expect(noteFieldsFrom({ ...filled, minutes: 45 }).minutes).toBe(45);
    expect(noteFieldsFrom({ ...filled, minutes: 0 }).minutes).toBe(0);
  });

  it('round-trips a saved note through the form', () => {
    const note = sampleNote({ occurredAt: '2026-04-03T10:30', minutes: null, assessment: '所見' });
    const {
      caseId: _c,
      id: _i,
      staffId: _s,
      staffName: _n,
      nextActionDue: _d,
      version: _v,
      withdrawn: _w,
      ...fields
    } = note;
    expect(noteFieldsFrom(noteValuesFrom(note))).toEqual({
      ...fields,
      nextActionOn: null,
      nextActionStaffId: null,
    });
  });
});

describe('次の対応 with a date', () => {
  it('needs the 次の対応 written and a real date', () => {
    expect(validateNoteValues({ ...filled, nextActionOn: '令和8年4月20日' }, today)).toEqual({
      nextAction: '期日を付けるときは次の対応を書いてください',
    });
    expect(
      validateNoteValues({ ...filled, nextAction: '訪問', nextActionOn: '令和8年2月30日' }, today)
        .nextActionOn,
    ).toBe('存在しない日付です');
  });

  it('sends the date, and the staff member only with a date (none: the writer)', () => {
    const dated = { ...filled, nextAction: '訪問', nextActionOn: 'R8.4.20' };
    expect(noteFieldsFrom(dated)).toMatchObject({
      nextActionOn: '2026-04-20',
      nextActionStaffId: null,
    });
    expect(noteFieldsFrom({ ...dated, nextActionStaffId: '3' }).nextActionStaffId).toBe(3);
    expect(
      noteFieldsFrom({ ...dated, nextActionOn: '', nextActionStaffId: '3' }).nextActionStaffId,
    ).toBeNull();
  });

  it('puts a saved item back into the form in 和暦', () => {
    const note = sampleNote({
      nextAction: '訪問',
      nextActionDue: {
        id: 4,
        dueOn: '2026-04-20',
        staffId: 3,
        staffName: '相談 二郎',
        doneAt: null,
        doneByName: null,
      },
    });
    expect(noteValuesFrom(note)).toMatchObject({
      nextActionOn: '令和8年4月20日',
      nextActionStaffId: '3',
    });
  });
});
