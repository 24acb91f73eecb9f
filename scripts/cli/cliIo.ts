import type { Readable, Writable } from 'node:stream';
import type { Clock } from '../../electron/services/clock';

/** The process as the CLI sees it; tests pass streams and an env of their own instead. */
export type CliIo = {
  env: NodeJS.ProcessEnv;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  /** The time source for audit rows; the system clock when omitted. */
  clock?: Clock;
};

/** 0 done; 1 a failure the user can act on; 2 the command line itself is wrong; 130 cancelled. */
export const exitCodes = { ok: 0, failure: 1, usage: 2, cancelled: 130 } as const;
