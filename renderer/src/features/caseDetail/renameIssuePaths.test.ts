import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError';
import { renameIssuePaths } from './renameIssuePaths';

describe('renameIssuePaths', () => {
  it('moves server issues onto the form field names and keeps the rest', () => {
    const error = new ApiError('VALIDATION', '入力内容に誤りがあります。', [
      { path: 'occurredAt', message: '日時は存在しない日付です' },
      { path: 'facts', message: '内容は10000文字以内にしてください' },
    ]);
    const renamed = renameIssuePaths(error, { occurredAt: 'date' });
    expect(renamed.code).toBe('VALIDATION');
    expect(renamed.issues).toEqual([
      { path: 'date', message: '日時は存在しない日付です' },
      { path: 'facts', message: '内容は10000文字以内にしてください' },
    ]);
  });

  it('turns anything else into a Japanese ApiError', () => {
    const renamed = renameIssuePaths(new TypeError('x is undefined'), {});
    expect(renamed.code).toBe('INTERNAL');
    expect(renamed.message).toMatch(/予期しないエラー/);
  });
});
