/**
 * What was given to the CLI is wrong or missing (command, option, value, credentials); nothing in
 * the data folder has been touched. Exit code 2. `command` picks which usage line follows.
 */
export class UsageError extends Error {
  readonly command: string | undefined;
  readonly showUsage: boolean;

  constructor(message: string, options: { command?: string; showUsage?: boolean } = {}) {
    super(message);
    this.name = 'UsageError';
    this.command = options.command;
    this.showUsage = options.showUsage ?? true;
  }
}

/** The user ended a prompt (Ctrl+C, or the end of input) before answering. */
export class PromptCancelledError extends Error {
  constructor() {
    super('入力が中止されました。');
    this.name = 'PromptCancelledError';
  }
}
