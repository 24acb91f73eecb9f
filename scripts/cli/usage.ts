import type { CommandTable } from './args';
import type { Command, OptionSpec } from './command';
import { passwordEnv, userEnv } from './credentials';
import { dataDirEnv, resolveDataDir } from './dataDir';
import { displayWidth, padToWidth } from './textWidth';

const invocation = 'npm run -s cli --';

const dataOption: OptionSpec = {
  valueLabel: 'フォルダ',
  description: `データフォルダ（省略時は環境変数 ${dataDirEnv}、それもなければデスクトップ版と同じフォルダ）`,
};

/** The full Japanese usage (`help`), built from the command table. */
export function fullUsage(commands: CommandTable, env: NodeJS.ProcessEnv): string {
  const names = Object.keys(commands);
  const commandRows: Array<[string, string]> = [
    ...names.map((name): [string, string] => [name, commands[name]?.summary ?? '']),
    ['help', '使い方を表示します（help <コマンド> でコマンドごとの説明）'],
  ];
  const sections = [
    `使い方: ${invocation} <コマンド> [--data フォルダ] [オプション]`,
    'Kasane（かさね）の運用コマンドです。',
    ['コマンド:', ...table(commandRows)].join('\n'),
    ['共通のオプション:', ...table(commonOptionRows(env))].join('\n'),
    ...names.flatMap((name) => {
      const rows = optionRows(commands[name]?.options ?? {});
      return rows.length > 0 ? [[`${name} のオプション:`, ...table(rows)].join('\n')] : [];
    }),
    credentialsSection,
    exitCodeSection,
  ];
  return sections.join('\n\n') + '\n';
}

/** The usage of one command (`help init`, `init --help`). */
export function commandUsage(name: string, command: Command, env: NodeJS.ProcessEnv): string {
  const sections = [
    `使い方: ${synopsis(name, command)}`,
    [command.summary, ...command.details].join('\n'),
    ['オプション:', ...table([...commonOptionRows(env), ...optionRows(command.options)])].join(
      '\n',
    ),
    credentialsSection,
    exitCodeSection,
  ];
  return sections.join('\n\n') + '\n';
}

/** Two lines for stderr after a usage error. */
export function shortUsage(commands: CommandTable, name: string | undefined): string {
  const command = name === undefined ? undefined : commands[name];
  if (name !== undefined && command !== undefined) {
    return `使い方: ${synopsis(name, command)}\n詳しくは ${invocation} help ${name}\n`;
  }
  const names = [...Object.keys(commands), 'help'].join(', ');
  return `使い方: ${invocation} <コマンド> [--data フォルダ] [オプション]（コマンド: ${names}）\n詳しくは ${invocation} help\n`;
}

function synopsis(name: string, command: Command): string {
  return [invocation, name, '[--data フォルダ]', command.synopsis].filter(Boolean).join(' ');
}

function commonOptionRows(env: NodeJS.ProcessEnv): Array<[string, string]> {
  return [
    [`--data ${dataOption.valueLabel}`, dataOption.description],
    ['', `（この環境での既定: ${resolveDataDir(undefined, env)}）`],
    ['-h, --help', '使い方を表示します'],
  ];
}

function optionRows(options: Readonly<Record<string, OptionSpec>>): Array<[string, string]> {
  return Object.entries(options).map(([name, spec]) => [
    spec.flag === true ? `--${name}` : `--${name} ${spec.valueLabel}`,
    spec.description,
  ]);
}

function table(rows: ReadonlyArray<readonly [string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => displayWidth(left))) + 2;
  return rows.map(([left, right]) => `  ${padToWidth(left, width)}${right}`.trimEnd());
}

const credentialsSection = [
  'ログイン名とパスワード:',
  `  環境変数 ${userEnv} と ${passwordEnv} から読みます。ないときは端末で尋ねます（パスワードは表示されません）。`,
  '  端末から実行しておらず環境変数もないときは、何もせずに終了コード 2 で終わります。',
].join('\n');

const exitCodeSection = [
  '終了コード:',
  ...table([
    ['0', '成功'],
    [
      '1',
      '失敗（パスワードの誤り、データフォルダがない・未設定・壊れている、検査で異常が見つかった など）',
    ],
    [
      '2',
      '使い方の誤り（不明なコマンドやオプション、値の不足や誤り、ログイン情報がない）。データには触れません',
    ],
    ['130', '入力の途中で中止した（Ctrl+C）。データには触れません'],
  ]),
].join('\n');
