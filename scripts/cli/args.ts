import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Command } from './command';
import { UsageError } from './usageError';

/** The commands by name; the usage text and the parser both read this one table. */
export type CommandTable = Readonly<Record<string, Command>>;

export type CommandLine =
  | { kind: 'help'; command: string | undefined }
  | {
      kind: 'run';
      name: string;
      command: Command;
      data: string | undefined;
      options: Partial<Record<string, string>>;
      args: string[];
    };

const helpWords = new Set(['help', '--help', '-h']);

/**
 * Reads `<command> [--data DIR] [command options]` strictly: an unknown command or option, a
 * missing value or a stray argument is a UsageError with a Japanese message.
 */
export function parseCommandLine(argv: readonly string[], commands: CommandTable): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('コマンドを指定してください。');
  if (helpWords.has(first)) return parseHelp(rest, commands);
  if (first.startsWith('-'))
    throw new UsageError(`最初にコマンドを指定してください（${first} の前）。`);
  const command = Object.hasOwn(commands, first) ? commands[first] : undefined;
  if (!command) throw new UsageError(`不明なコマンドです: ${first}`);

  const options: NonNullable<ParseArgsConfig['options']> = {
    data: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = { type: spec.flag === true ? 'boolean' : 'string' };
  }
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...rest],
      options,
      strict: true,
      allowPositionals: command.takesArguments === true,
    }));
  } catch (error) {
    throw new UsageError(translateParseError(error), { command: first });
  }
  if (values.help === true) return { kind: 'help', command: first };

  const data = typeof values.data === 'string' ? values.data : undefined;
  if (data === '') throw new UsageError('--data の値が空です。', { command: first });
  const picked: Partial<Record<string, string>> = {};
  for (const name of Object.keys(command.options)) {
    const value = values[name];
    if (typeof value === 'string') picked[name] = value;
    if (value === true) picked[name] = 'true';
  }
  return { kind: 'run', name: first, command, data, options: picked, args: positionals };
}

function parseHelp(rest: readonly string[], commands: CommandTable): CommandLine {
  const [topic, ...extra] = rest;
  if (extra.length > 0) throw new UsageError(`余分な引数があります: ${extra.join(' ')}`);
  if (topic !== undefined && !Object.hasOwn(commands, topic)) {
    throw new UsageError(`不明なコマンドです: ${topic}`);
  }
  return { kind: 'help', command: topic };
}

/** node:util's messages are English; the code says which mistake it was. */
function translateParseError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(' ')[0] ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `不明なオプションです: ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('does not take an argument')
        ? `${option} には値を付けられません。`
        : `${option} の値がありません。`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `余分な引数があります: ${quoted}`;
    default:
      return `コマンドラインを読めませんでした（${message}）。`;
  }
}
