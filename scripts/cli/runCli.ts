import { systemClock } from '../../electron/services/clock';
import { parseCommandLine, type CommandTable } from './args';
import { exitCodes, type CliIo } from './cliIo';
import { commandTable } from './commandTable';
import { resolveDataDir } from './dataDir';
import { reportError } from './reportError';
import { openTerminal } from './terminal';
import { commandUsage, fullUsage } from './usage';

/**
 * The whole CLI without the process: parses `argv` (without node and the script), runs the
 * command against `io`, and returns the exit code. Never throws.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: CommandTable = commandTable,
): Promise<number> {
  const terminal = openTerminal(io.stdin, io.stderr);
  try {
    const line = parseCommandLine(argv, commands);
    if (line.kind === 'help') {
      const command = line.command === undefined ? undefined : commands[line.command];
      io.stdout.write(
        line.command !== undefined && command !== undefined
          ? commandUsage(line.command, command, io.env)
          : fullUsage(commands, io.env),
      );
      return exitCodes.ok;
    }
    return await line.command.run(
      {
        io,
        clock: io.clock ?? systemClock,
        dataDir: resolveDataDir(line.data, io.env),
        terminal,
        args: line.args,
      },
      line.options,
    );
  } catch (error) {
    return reportError(error, io, commands);
  } finally {
    terminal.close();
  }
}
