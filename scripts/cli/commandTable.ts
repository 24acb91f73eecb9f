import type { CommandTable } from './args';
import { backupCommand } from './commands/backup';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { printCommand } from './commands/print';
import { recoverCommand } from './commands/recover';
import { restoreCommand } from './commands/restore';
import { verifyCommand } from './commands/verify';

/** Every CLI command by name. Adding a command is one line here plus its file in commands/. */
export const commandTable: CommandTable = {
  init: initCommand,
  verify: verifyCommand,
  demo: demoCommand,
  print: printCommand,
  recover: recoverCommand,
  backup: backupCommand,
  restore: restoreCommand,
  import: importCommand,
  export: exportCommand,
};
