import { describe, expect, it } from 'vitest';
import {
  emptyFollowUpValues,
  statusChoices,
  toFollowUpInput,
  validateFollowUp,
} from './followUpFormValues';

const today = '2026-07-01';
const empty = emptyFollowUpValues(today);

describe('follow-up form', () => {
  it('records the person, the host and a status change', () => {
    const values = { ...empty, statusTo: 'trial' as const, personNote: '笑顔が増えた' };
    expect(validateFollowUp(values, today)).toEqual({});
    expect(toFollowUpInput(4, values)).toEqual({
      matchId: 4,
      followedOn: '2026-07-01',
      statusTo: 'trial',
      personNote: '笑顔が増えた',
      hostNote: '',
    });
  });

  it('accepts a status change alone or a note alone', () => {
    expect(validateFollowUp({ ...empty, statusTo: 'ended' }, today)).toEqual({});
    expect(validateFollowUp({ ...empty, hostNote: '受入先から連絡' }, today)).toEqual({});
  });

  it('refuses an empty follow-up and a future date', () => {
    expect(validateFollowUp(empty, today)).toEqual({
      personNote: '本人の様子・受入先の様子のどちらかを書くか、状態を変更してください',
    });
    expect(validateFollowUp({ ...empty, hostNote: 'x', followedOn: 'R8.7.2' }, today)).toEqual({
      followedOn: '未来の日付は入力できません',
    });
  });

  it('offers every status but the current one', () => {
    const choices = statusChoices('visited').map((c) => c.value);
    expect(choices).not.toContain('visited');
    expect(choices).toHaveLength(6);
  });
});
