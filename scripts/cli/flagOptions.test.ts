import { describe, expect, it } from 'vitest';
import type { CommandTable } from './args';
import { runCliForTest } from './cli.testing';
import { defineCommand } from './command';

/** A command with one valued option and one flag, that prints what it was given. */
const seen: Array<Readonly<Partial<Record<string, string>>>> = [];
const commands: CommandTable = {
  probe: defineCommand({
    summary: '試験用',
    synopsis: '--out ファイル [--initials]',
    details: [],
    options: {
      out: { valueLabel: 'ファイル', description: '保存先' },
      initials: { valueLabel: '', description: '氏名をイニシャルにします', flag: true },
    },
    run: (_context, options) => {
      seen.push(options);
      return Promise.resolve(0);
    },
  }),
};

describe('cli flag options', () => {
  it('passes a flag as the string true, and leaves it out when not given', async () => {
    seen.length = 0;
    expect(
      (await runCliForTest(['probe', '--out', 'a.xlsx', '--initials'], { commands })).code,
    ).toBe(0);
    expect((await runCliForTest(['probe', '--out', 'a.xlsx'], { commands })).code).toBe(0);
    expect(seen).toEqual([{ out: 'a.xlsx', initials: 'true' }, { out: 'a.xlsx' }]);
  });

  it('refuses a value given to a flag with exit 2', async () => {
    const run = await runCliForTest(['probe', '--initials=yes'], { commands });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--initials には値を付けられません。');
  });

  it('shows a flag without a value in the usage', async () => {
    const run = await runCliForTest(['help', 'probe'], { commands });
    expect(run.stdout).toMatch(/^ {2}--initials +氏名をイニシャルにします$/m);
    expect(run.stdout).toMatch(/^ {2}--out ファイル +保存先$/m);
  });
});
