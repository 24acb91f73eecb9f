import type { Clock } from '../../electron/services/clock';
import type { CliIo } from './cliIo';
import type { Terminal } from './terminal';

/** What every command runs with: the streams, the clock, the resolved data folder, the terminal. */
export type CommandContext = {
  io: CliIo;
  clock: Clock;
  dataDir: string;
  terminal: Terminal;
  /** Positional arguments (`print intake R8-0001`); always empty unless the command takes them. */
  args: readonly string[];
};

/**
 * An option as shown in the usage text (`--name 表示名  説明`). A `flag` takes no value
 * (`--initials`); the command sees it as the string 'true' when given.
 */
export type OptionSpec = { valueLabel: string; description: string; flag?: boolean };

/** One CLI command: its usage text, its own options and what it does. Returns the exit code. */
export type Command = {
  summary: string;
  /** What follows `<command> [--data フォルダ]` in the usage line. */
  synopsis: string;
  /** Further lines for `help <command>`. */
  details: readonly string[];
  options: Readonly<Record<string, OptionSpec>>;
  /** Whether words after the command are accepted (the command checks them); refused otherwise. */
  takesArguments?: boolean;
  run: (
    context: CommandContext,
    options: Readonly<Partial<Record<string, string>>>,
  ) => Promise<number>;
};

/** Declares a command with typed option names; `run` sees only the options it declared. */
export function defineCommand<const N extends string = never>(spec: {
  summary: string;
  synopsis: string;
  details: readonly string[];
  options: Readonly<Record<N, OptionSpec>>;
  takesArguments?: boolean;
  run: (context: CommandContext, options: Readonly<Partial<Record<N, string>>>) => Promise<number>;
}): Command {
  return spec;
}
