import { describe, expect, it } from 'vitest';
import { validateSetupForm, type SetupFormValues } from './validateSetupForm';

const valid: SetupFormValues = {
  municipalityName: 'みどり町',
  login: 'kanri',
  displayName: '管理 花子',
  password: 'midori-2026-kanri',
  passwordConfirm: 'midori-2026-kanri',
};

describe('validateSetupForm', () => {
  it('accepts a complete form', () => {
    expect(validateSetupForm(valid)).toEqual({});
  });

  it('asks for the two passwords to match', () => {
    expect(validateSetupForm({ ...valid, passwordConfirm: 'midori-2026' })).toEqual({
      passwordConfirm: 'パスワードが一致しません',
    });
  });

  it("uses the contract's Japanese messages for each field", () => {
    const errors = validateSetupForm({
      municipalityName: ' ',
      login: 'あ',
      displayName: '',
      password: 'short',
      passwordConfirm: 'short',
    });
    expect(errors).toEqual({
      municipalityName: '自治体名を入力してください',
      login: 'ログイン名は半角英数字と . _ - で2〜32文字にしてください',
      displayName: '表示名を入力してください',
      password: 'パスワードは12文字以上にしてください',
    });
  });
});
