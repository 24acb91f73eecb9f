import { describe, expect, it } from 'vitest';
import type { OutreachView } from '../../../../electron/contract/schemas/outreach';
import { emptyTransferValues, toTransferInput, validateTransfer } from './transferFormValues';

const today = '2026-06-01';
const target = { id: 9, name: '佐藤 次郎', personId: null, situation: '母の介護で困っている' };
const fresh = emptyTransferValues(today, target as unknown as OutreachView);

describe('transfer form', () => {
  it('starts from the record: a new person, its situation as 主訴', () => {
    expect(fresh).toMatchObject({
      personMode: 'new',
      receivedOn: '令和8年6月1日',
      chiefComplaint: '母の介護で困っている',
    });
  });

  it('makes the person from the record, with a 生年月日 when known', () => {
    const values = { ...fresh, birthDate: '昭和50年1月2日', fields: ['elderly' as const] };
    expect(validateTransfer(values, today, '2026-05-01')).toEqual({});
    expect(toTransferInput(9, values)).toEqual({
      id: 9,
      receivedOn: '2026-06-01',
      personId: null,
      birthDate: '1975-01-02',
      chiefComplaint: '母の介護で困っている',
      fields: ['elderly'],
    });
  });

  it('sends an existing person without a 生年月日', () => {
    const values = {
      ...fresh,
      personMode: 'existing' as const,
      personId: 4,
      birthDate: 'x',
      fields: ['child' as const],
    };
    expect(validateTransfer(values, today, '2026-05-01')).toEqual({});
    expect(toTransferInput(9, values)).toMatchObject({ personId: 4, birthDate: null });
  });

  it.each([
    ['no person chosen', { personMode: 'existing' }, 'personId', '本人を選んでください'],
    ['no 受付日', { receivedOn: '' }, 'receivedOn', '日付を入力してください'],
    ['a broken 生年月日', { birthDate: '昭和99年' }, 'birthDate', expect.any(String)],
    [
      'a 受付日 before 把握日',
      { receivedOn: '2026/4/30' },
      'receivedOn',
      '受付日は把握日以降の日付にしてください',
    ],
  ] as const)('refuses %s', (_what, patch, path, message) => {
    expect(
      validateTransfer({ ...fresh, fields: ['elderly'], ...patch }, today, '2026-05-01')[path],
    ).toEqual(message);
  });

  it('asks for at least one 相談分野', () => {
    expect(validateTransfer(fresh, today, '2026-05-01').fields).toBe(
      '相談分野を1つ以上選んでください',
    );
  });
});
