import { databaseFault } from '../../db/databaseFault';
import { AppError } from '../../electron/contract/errors';
import type { CommandTable } from './args';
import { exitCodes, type CliIo } from './cliIo';
import { shortUsage } from './usage';
import { PromptCancelledError, UsageError } from './usageError';

/**
 * Turns whatever a command threw into a Japanese message on stderr and the exit code:
 * 2 for usage errors, 130 for a cancelled prompt, 1 for everything else. Stacks only with
 * KASANE_DEBUG=1.
 */
export function reportError(thrown: unknown, io: CliIo, commands: CommandTable): number {
  const error = databaseFault(thrown) ?? thrown;
  const write = (text: string) => io.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  if (error instanceof UsageError) {
    write(error.message);
    if (error.showUsage) write(shortUsage(commands, error.command));
    return exitCodes.usage;
  }
  if (error instanceof PromptCancelledError) {
    write(`\n${error.message}何も変更していません。`);
    return exitCodes.cancelled;
  }
  if (error instanceof AppError) {
    write(error.message);
    for (const issue of error.issues ?? []) write(`  ・${issue.message}`);
  } else {
    const detail = error instanceof Error ? error.message : String(error);
    write(`予期しないエラーが発生しました: ${detail}`);
  }
  if (io.env.KASANE_DEBUG === '1' && error instanceof Error && error.stack) write(error.stack);
  return exitCodes.failure;
}
