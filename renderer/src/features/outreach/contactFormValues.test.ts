import { describe, expect, it } from 'vitest';
import {
  emptyContactValues,
  toContactInput,
  validateContact,
  type ContactFormValues,
} from './contactFormValues';

const today = '2026-05-20';
const filled: ContactFormValues = {
  ...emptyContactValues(today),
  method: 'visit',
  result: 'absent',
  note: 'ポストにメモを入れた',
};

describe('contact form', () => {
  it('passes a complete contact and turns it into input', () => {
    expect(validateContact(filled, today)).toEqual({});
    expect(toContactInput(5, filled)).toEqual({
      targetId: 5,
      contactedOn: '2026-05-20',
      method: 'visit',
      result: 'absent',
      viaAgencyId: null,
      note: 'ポストにメモを入れた',
    });
  });

  it('sends the agency only for a contact 関係機関経由', () => {
    expect(toContactInput(5, { ...filled, viaAgencyId: '3' }).viaAgencyId).toBeNull();
    const via = { ...filled, result: 'viaAgency', viaAgencyId: '3' } as const;
    expect(toContactInput(5, via).viaAgencyId).toBe(3);
  });

  it.each([
    ['no method', { method: null }, 'method', '方法を選んでください'],
    ['no result', { result: null }, 'result', '結果を選んでください'],
    ['no date', { contactedOn: '' }, 'contactedOn', '日付を入力してください'],
    ['a future date', { contactedOn: 'R8.5.21' }, 'contactedOn', '未来の日付は入力できません'],
    ['a note too long', { note: 'あ'.repeat(4001) }, 'note', '記録は4000文字以内にしてください'],
  ])('refuses %s at the field', (_what, patch, path, message) => {
    expect(validateContact({ ...filled, ...patch }, today)[path]).toBe(message);
  });
});
