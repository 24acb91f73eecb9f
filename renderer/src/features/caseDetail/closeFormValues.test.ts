import { describe, expect, it } from 'vitest';
import { closeInputFrom, emptyCloseValues, validateCloseValues } from './closeFormValues';

const today = '2026-06-30';
const receivedOn = '2026-04-03';

describe('close form', () => {
  it('passes a date, the 終結理由 chosen and its 補足, trimmed, as ISO', () => {
    const values = {
      closedOn: '令和8年6月30日',
      closeReasonCode: 'goalAchieved' as const,
      closeReason: ' 就労が決まったため ',
    };
    expect(validateCloseValues(values, today, receivedOn)).toEqual({});
    expect(closeInputFrom(7, values)).toEqual({
      id: 7,
      closedOn: '2026-06-30',
      closeReasonCode: 'goalAchieved',
      closeReason: '就労が決まったため',
    });
  });

  it('needs a 終結理由, a 補足 for その他, and refuses one over 200 characters', () => {
    const values = emptyCloseValues(today);
    expect(validateCloseValues(values, today, receivedOn)).toEqual({
      closeReasonCode: '終結理由を選んでください',
    });
    expect(
      validateCloseValues({ ...values, closeReasonCode: 'other' }, today, receivedOn),
    ).toEqual({ closeReason: '「その他」のときは補足を入力してください' });
    expect(validateCloseValues({ ...values, closeReasonCode: 'moved' }, today, receivedOn)).toEqual(
      {},
    );
    expect(
      validateCloseValues(
        { ...values, closeReasonCode: 'moved', closeReason: 'あ'.repeat(201) },
        today,
        receivedOn,
      ),
    ).toEqual({
      closeReason: '補足は200文字以内にしてください',
    });
  });

  it('refuses a 終結日 in the future or before 受付日', () => {
    const reason = { closeReasonCode: 'moved' as const, closeReason: '転居' };
    expect(
      validateCloseValues({ ...reason, closedOn: '2026/7/1' }, today, receivedOn).closedOn,
    ).toBe('未来の日付は入力できません');
    expect(
      validateCloseValues({ ...reason, closedOn: '2026/4/2' }, today, receivedOn).closedOn,
    ).toBe('終結日は受付日以降の日付にしてください');
    expect(validateCloseValues({ ...reason, closedOn: '2026/4/3' }, today, receivedOn)).toEqual({});
  });
});
