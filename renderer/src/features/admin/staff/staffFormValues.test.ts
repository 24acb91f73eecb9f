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
        password: 'long-enough',
        passwordConfirm: 'long-enough',
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

  it('needs 8 characters and the same password twice', () => {
    expect(validatePasswordPair({ password: 'abc', passwordConfirm: 'abc' })).toHaveProperty(
      'password',
    );
    expect(
      validatePasswordPair({ password: 'abcdefgh', passwordConfirm: 'abcdefgx' }),
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
