import { describe, expect, it } from 'vitest';
import { ApiError, isSessionChange } from './ApiError';
import { parseEnvelope } from './parseEnvelope';
import { unwrapEnvelope } from './unwrapEnvelope';

describe('parseEnvelope', () => {
  it('keeps a success, including a null value', () => {
    expect(parseEnvelope({ ok: true, value: { a: 1 } })).toEqual({ ok: true, value: { a: 1 } });
    expect(parseEnvelope({ ok: true, value: null })).toEqual({ ok: true, value: null });
  });

  it('keeps an error with its Japanese message and well-formed issues only', () => {
    const parsed = parseEnvelope({
      ok: false,
      code: 'VALIDATION',
      message: '入力内容に誤りがあります。',
      issues: [{ path: 'login', message: 'ログイン名は…' }, { path: 3 }, 'junk'],
    });
    expect(parsed).toEqual({
      ok: false,
      code: 'VALIDATION',
      message: '入力内容に誤りがあります。',
      issues: [{ path: 'login', message: 'ログイン名は…' }],
    });
  });

  it('maps an unknown error code to INTERNAL', () => {
    expect(parseEnvelope({ ok: false, code: 'SOMETHING_NEW', message: '失敗' })).toEqual({
      ok: false,
      code: 'INTERNAL',
      message: '失敗',
    });
  });

  it.each([
    ['null', null],
    ['a string', 'ok'],
    ['an array', [true]],
    ['no ok flag', { value: 1 }],
    ['ok without a value', { ok: true }],
    ['an error without a message', { ok: false, code: 'LOCKED' }],
    ['a truthy but non-boolean ok', { ok: 'true', value: 1 }],
  ])('refuses %s', (_label, raw) => {
    expect(parseEnvelope(raw)).toBeUndefined();
  });
});

describe('unwrapEnvelope', () => {
  it('returns the value of a success', () => {
    expect(unwrapEnvelope({ ok: true, value: 42 })).toBe(42);
  });

  it('throws an ApiError carrying code, message and issues', () => {
    const issues = [{ path: 'password', message: 'パスワードを入力してください' }];
    let thrown: unknown;
    try {
      unwrapEnvelope({
        ok: false,
        code: 'VALIDATION',
        message: '入力内容に誤りがあります。',
        issues,
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({
      code: 'VALIDATION',
      message: '入力内容に誤りがあります。',
      issues,
    });
  });
});

describe('isSessionChange', () => {
  it.each(['LOCKED', 'LOGGED_OUT', 'NOT_INITIALIZED', 'ALREADY_INITIALIZED'] as const)(
    'is true for %s',
    (code) => {
      expect(isSessionChange(new ApiError(code, '…'))).toBe(true);
    },
  );

  it.each(['WRONG_PASSWORD', 'VALIDATION', 'FORBIDDEN', 'TRANSPORT'] as const)(
    'is false for %s',
    (code) => {
      expect(isSessionChange(new ApiError(code, '…'))).toBe(false);
    },
  );

  it('is false for an error that is not an ApiError', () => {
    expect(isSessionChange(new Error('LOCKED'))).toBe(false);
  });
});
