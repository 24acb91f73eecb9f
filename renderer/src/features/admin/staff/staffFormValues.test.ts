import { describe, expect, it } from 'vitest';
import {
  emptyStaffForm,
  validateChangePassword,
  validatePasswordPair,
  validateStaffForm,
} from './staffFormValues';

describe('staff form values', () => {
  it('checks a new account with the contract and the repeated password', () => {
    const errors = validateStaffForm(
      { ...emptyStaffForm, login: 'a', password: 'short', passwordConfirm: 'other' },
      null,
    );
    expect(Object.keys(errors).sort()).toEqual([
      'displayName',
      'login',
      'password',
      'passwordConfirm',
    ]);
    const ok = validateStaffForm(
      {
        ...emptyStaffForm,
        login: 'soudan1',
        displayName: '相談 一郎',
        password: 'long-enough-pass',
        passwordConfirm: 'long-enough-pass',
      },
      null,
    );
    expect(ok).toEqual({});
  });

  it('ignores the login and passwords when editing', () => {
    expect(validateStaffForm({ ...emptyStaffForm, displayName: '相談 一郎' }, 3)).toEqual({});
    expect(validateStaffForm({ ...emptyStaffForm, displayName: ' ' }, 3)).toHaveProperty(
      'displayName',
    );
  });

  it('needs 12 characters and the same password twice', () => {
    expect(
      validatePasswordPair({ password: 'abcdefghijk', passwordConfirm: 'abcdefghijk' }),
    ).toHaveProperty('password', 'パスワードは12文字以上にしてください');
    expect(
      validatePasswordPair({ password: 'abcdefghijkl', passwordConfirm: 'abcdefghijkx' }),
    ).toHaveProperty('passwordConfirm');
    expect(
      validateChangePassword({
        currentPassword: '',
        newPassword: 'abcdefgh',
        newPasswordConfirm: 'abcdefgh',
      }),
    ).toHaveProperty('currentPassword');
  });
});
