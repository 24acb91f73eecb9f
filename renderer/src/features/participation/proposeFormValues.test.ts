import { describe, expect, it } from 'vitest';
import { emptyProposeValues, toMatchCreateInput, validatePropose } from './proposeFormValues';

describe('propose form', () => {
  it('proposes today for the person, the case and the resource', () => {
    const values = { ...emptyProposeValues('2026-06-03'), hostSupport: '初回は同行する' };
    expect(validatePropose(values, '2026-06-03')).toEqual({});
    expect(toMatchCreateInput({ personId: 1, caseId: 2, resourceId: 3 }, values)).toEqual({
      personId: 1,
      caseId: 2,
      resourceId: 3,
      proposedOn: '2026-06-03',
      hostSupport: '初回は同行する',
      note: '',
    });
  });

  it('refuses a missing or future 提案日', () => {
    expect(validatePropose({ proposedOn: '', hostSupport: '', note: '' }, '2026-06-03')).toEqual({
      proposedOn: '日付を入力してください',
    });
    expect(
      validatePropose({ proposedOn: 'R8.6.4', hostSupport: '', note: '' }, '2026-06-03'),
    ).toEqual({ proposedOn: '未来の日付は入力できません' });
  });
});
