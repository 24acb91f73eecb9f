import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { adminEnv, runCliForTest, tempDataDir } from './cli.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

describe('runCli: help', () => {
  it.each([[['help']], [['--help']], [['-h']]])(
    '%j prints the Japanese usage on stdout, exit 0',
    async (argv) => {
      const run = await runCliForTest(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('使い方: npm run -s cli -- <コマンド>');
      expect(run.stdout).toMatch(/^ {2}init +データフォルダを初期設定/m);
      expect(run.stdout).toMatch(/^ {2}verify +データベースの整合性/m);
      expect(run.stdout).toContain('KASANE_PASSWORD');
      expect(run.stderr).toBe('');
    },
  );

  it.each([[['help', 'init']], [['init', '--help']], [['init', '-h']]])(
    '%j prints the usage of init',
    async (argv) => {
      const run = await runCliForTest(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        '使い方: npm run -s cli -- init [--data フォルダ] --municipality 自治体名',
      );
      expect(run.stdout).toContain('--name 表示名');
    },
  );
});

describe('runCli: usage errors exit 2, say why in Japanese, and touch nothing', () => {
  const cases: Array<{
    name: string;
    argv: (dir: string) => string[];
    env?: NodeJS.ProcessEnv;
    message: string;
  }> = [
    { name: 'no command', argv: () => [], message: 'コマンドを指定してください' },
    { name: 'unknown command', argv: () => ['frob'], message: '不明なコマンドです: frob' },
    {
      name: 'help for an unknown command',
      argv: () => ['help', 'frob'],
      message: '不明なコマンドです: frob',
    },
    {
      name: 'an option before the command',
      argv: (d) => ['--data', d, 'init'],
      message: '最初にコマンドを指定',
    },
    {
      name: 'unknown option',
      argv: (d) => ['init', '--data', d, '--bogus'],
      message: '不明なオプションです: --bogus',
    },
    {
      name: 'option of another command',
      argv: (d) => ['verify', '--data', d, '--name', 'x'],
      message: '不明なオプションです: --name',
    },
    { name: 'missing value', argv: () => ['verify', '--data'], message: '--data の値がありません' },
    {
      name: 'value swallowed by an option',
      argv: () => ['init', '--municipality', '--data', 'x'],
      message: '--municipality の値がありません',
    },
    { name: 'empty --data', argv: () => ['verify', '--data='], message: '--data の値が空です' },
    {
      name: 'stray argument',
      argv: (d) => ['verify', '--data', d, 'extra'],
      message: '余分な引数があります: extra',
    },
    {
      name: 'verify without credentials, stdin not a terminal',
      argv: (d) => ['verify', '--data', d],
      message: 'KASANE_USER と KASANE_PASSWORD',
    },
    {
      name: 'verify with a user but no password',
      argv: (d) => ['verify', '--data', d],
      env: { KASANE_USER: 'kanri' },
      message: '環境変数 KASANE_PASSWORD を設定する',
    },
    {
      name: 'init without credentials',
      argv: (d) => ['init', '--data', d, '--municipality', 'みどり町'],
      message: 'ログイン名とパスワードが必要です',
    },
    {
      name: 'init without --municipality',
      argv: (d) => ['init', '--data', d],
      env: adminEnv,
      message: '--municipality で自治体名を指定',
    },
  ];

  it.each(cases)('$name', async ({ argv, env, message }) => {
    const dir = tempDataDir(cleanups);
    const run = await runCliForTest(argv(dir), { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('使い方: npm run -s cli --');
    expect(run.stdout).toBe('');
    expect(fs.existsSync(dir)).toBe(false);
  });

  it.each([
    { password: 'short', message: 'パスワードは12文字以上にしてください' },
    { login: 'A!', message: 'ログイン名は半角英数字と . _ - で2〜32文字にしてください' },
    { municipality: ' ', message: '自治体名を入力してください' },
  ])('init refuses what the setup form refuses: $message', async (bad) => {
    const dir = tempDataDir(cleanups);
    const run = await runCliForTest(
      ['init', '--data', dir, '--municipality', bad.municipality ?? 'みどり町'],
      {
        env: {
          KASANE_USER: bad.login ?? 'kanri',
          KASANE_PASSWORD: bad.password ?? 'kasane-admin-1',
        },
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('入力内容に誤りがあります');
    expect(run.stderr).toContain(bad.message);
    expect(fs.existsSync(dir)).toBe(false);
  });
});
