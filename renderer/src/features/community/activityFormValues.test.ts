import { describe, expect, it } from 'vitest';
import {
  breakdownSum,
  emptyActivityValues,
  toActivityInput,
  validateActivity,
  type ActivityFormValues,
} from './activityFormValues';

const today = '2026-06-10';
const filled: ActivityFormValues = {
  ...emptyActivityValues(today),
  name: '本町ふれあいサロン',
  kind: 'ibasho',
  participants: 12,
  participantsElderly: 8,
  participantsChildren: 3,
};

describe('activity form', () => {
  it('passes a complete activity and turns it into input', () => {
    expect(validateActivity(filled, today)).toEqual({});
    expect(toActivityInput(filled)).toMatchObject({
      heldOn: '2026-06-10',
      kind: 'ibasho',
      participants: 12,
      participantsElderly: 8,
      participantsDisability: null,
      participantsChildren: 3,
      participantsOther: null,
    });
    expect(breakdownSum(filled)).toBe(11);
  });

  it('refuses a breakdown above the total at the 参加者数 field, whatever else is missing', () => {
    const over = { ...filled, participantsOther: 2 };
    expect(validateActivity(over, today)).toEqual({
      participants: '内訳の合計が参加者数を超えています',
    });
    expect(validateActivity({ ...over, name: '' }, today).participants).toBe(
      '内訳の合計が参加者数を超えています',
    );
  });

  it.each([
    ['no 参加者数', { participants: '' }, 'participants', '参加者数を入力してください'],
    ['a negative group', { participantsOther: -1 }, 'participantsOther', expect.any(String)],
    ['no name', { name: '' }, 'name', '名称を入力してください'],
    ['no kind', { kind: null }, 'kind', '種類を選んでください'],
    ['a future date', { heldOn: 'R8.6.11' }, 'heldOn', '未来の日付は入力できません'],
  ] as const)('refuses %s', (_what, patch, path, message) => {
    expect(validateActivity({ ...filled, ...patch }, today)[path]).toEqual(message);
  });
});
