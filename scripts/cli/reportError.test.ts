import { describe, expect, it } from 'vitest';
import { runCliForTest } from './cli.testing';
import { defineCommand } from './command';

describe('runCli: unexpected errors', () => {
  const commands = {
    boom: defineCommand({
      summary: '試験用',
      synopsis: '',
      details: [],
      options: {},
      run: () => Promise.reject(new Error('kaboom')),
    }),
  };

  it('prints a Japanese message with the error message, no stack, exit 1', async () => {
    const run = await runCliForTest(['boom'], { commands });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('予期しないエラーが発生しました: kaboom\n');
  });

  it('adds the stack with KASANE_DEBUG=1', async () => {
    const run = await runCliForTest(['boom'], { commands, env: { KASANE_DEBUG: '1' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/kaboom\n[\s\S]*\bat .+:\d+/);
  });
});
