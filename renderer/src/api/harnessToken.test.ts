import { describe, expect, it } from 'vitest';
import { hashWithoutToken, tokenFromHash } from './harnessToken';

const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';

describe('tokenFromHash', () => {
  it.each([
    [`#token=${token}`, token],
    [`token=${token}`, token],
    [`#foo=1&token=${token}`, token],
  ])('reads the token from %s', (hash, expected) => {
    expect(tokenFromHash(hash)).toBe(expected);
  });

  it.each([
    ['', 'no fragment'],
    ['#/cases', 'a route'],
    ['#token=', 'an empty token'],
    ['#token=short', 'a token too short to be the run token'],
    ['#token=abc%3Cscript%3Edefghijklmnop', 'characters outside base64url'],
    [`#token=${'a'.repeat(300)}`, 'an absurdly long value'],
  ])('refuses %s (%s)', (hash) => {
    expect(tokenFromHash(hash)).toBeUndefined();
  });
});

describe('hashWithoutToken', () => {
  it('leaves nothing when the token was all there was', () => {
    expect(hashWithoutToken(`#token=${token}`)).toBe('');
  });

  it('keeps other parameters', () => {
    expect(hashWithoutToken(`#token=${token}&debug=1`)).toBe('#debug=1');
  });
});
