import { describe, expect, it } from 'vitest';
import { sampleCase } from './caseDetail.testing';
import {
  caseEditValuesFrom,
  caseUpdateFrom,
  changesSomething,
  validateCaseEdit,
} from './caseEditValues';

describe('caseUpdateFrom', () => {
  it('sends nothing but the id when nothing changed', () => {
    const detail = sampleCase();
    const input = caseUpdateFrom(detail, caseEditValuesFrom(detail));
    expect(input).toEqual({ id: 7 });
    expect(changesSomething(input)).toBe(false);
  });

  it('sends only the changed keys, ids as numbers and the date as ISO', () => {
    const detail = sampleCase();
    const values = {
      ...caseEditValuesFrom(detail),
      stage: 'support' as const,
      subStaffId: '3',
      mainAgencyId: '12',
      coordination: true,
      coordinationOn: '令和8年4月15日',
      tags: ['8050問題', 'ひきこもり', '生活困窮'],
    };
    expect(caseUpdateFrom(detail, values)).toEqual({
      id: 7,
      stage: 'support',
      subStaffId: 3,
      mainAgencyId: 12,
      coordination: true,
      coordinationOn: '2026-04-15',
      tags: ['8050問題', 'ひきこもり', '生活困窮'],
    });
  });

  it('clears 主担当 and the 多機関協働 date when they are removed', () => {
    const detail = sampleCase({ coordination: true, coordinationOn: '2026-04-15' });
    const values = { ...caseEditValuesFrom(detail), mainStaffId: null, coordination: false };
    expect(caseUpdateFrom(detail, values)).toEqual({
      id: 7,
      mainStaffId: null,
      coordination: false,
      coordinationOn: null,
    });
  });

  it('keeps a closed case closed unless a stage is chosen, which reopens it', () => {
    const detail = sampleCase({ stage: 'closed', closedOn: '2026-06-01', closeReason: '就労' });
    const values = caseEditValuesFrom(detail);
    expect(values.stage).toBeNull();
    expect(caseUpdateFrom(detail, values)).toEqual({ id: 7 });
    expect(caseUpdateFrom(detail, { ...values, stage: 'monitoring' })).toEqual({
      id: 7,
      stage: 'monitoring',
    });
  });
});

describe('validateCaseEdit', () => {
  const values = caseEditValuesFrom(sampleCase());

  it('needs at least one 相談分野', () => {
    expect(validateCaseEdit({ ...values, fields: [] })).toEqual({
      fields: '相談分野を1つ以上選んでください',
    });
  });

  it('needs a real 開始日 only while 多機関協働 is ticked', () => {
    expect(validateCaseEdit({ ...values, coordination: false, coordinationOn: 'あいう' })).toEqual(
      {},
    );
    expect(validateCaseEdit({ ...values, coordination: true, coordinationOn: '' })).toEqual({
      coordinationOn: '多機関協働の開始日を入力してください',
    });
    expect(
      validateCaseEdit({ ...values, coordination: true, coordinationOn: '2026/2/30' }),
    ).toEqual({
      coordinationOn: '存在しない日付です',
    });
  });
});
