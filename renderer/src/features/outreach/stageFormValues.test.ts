import { describe, expect, it } from 'vitest';
import { emptyStageValues, toStageInput, validateStage } from './stageFormValues';

const today = '2026-05-20';

describe('stage form', () => {
  it('moves a stage on a date, the note optional', () => {
    const values = emptyStageValues(today);
    expect(validateStage('relationship', values, today)).toEqual({});
    expect(toStageInput(3, 'relationship', values)).toEqual({
      id: 3,
      stage: 'relationship',
      on: '2026-05-20',
      reason: '',
    });
  });

  it('asks the reason for 終了', () => {
    const values = emptyStageValues(today);
    expect(validateStage('ended', values, today)).toEqual({
      reason: '終了の理由を入力してください',
    });
    expect(validateStage('ended', { ...values, reason: '転居' }, today)).toEqual({});
  });

  it('refuses a date after today', () => {
    expect(validateStage('consent', { on: '2026/5/21', reason: '' }, today)).toEqual({
      on: '未来の日付は入力できません',
    });
  });
});
