import { describe, expect, it } from 'vitest';
import { issuesToFieldErrors } from './issuesToFieldErrors';

describe('issuesToFieldErrors', () => {
  it('puts each message on its field, the first one winning', () => {
    expect(
      issuesToFieldErrors([
        { path: 'login', message: '一つ目' },
        { path: 'login', message: '二つ目' },
        { path: 'password', message: 'パスワードを入力してください' },
      ]),
    ).toEqual({ login: '一つ目', password: 'パスワードを入力してください' });
  });

  it('skips issues about the whole input (they show in the alert)', () => {
    expect(issuesToFieldErrors([{ path: '', message: '不明な項目があります' }])).toEqual({});
  });
});
