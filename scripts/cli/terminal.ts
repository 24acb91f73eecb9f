import readline from 'node:readline';
import { Writable, type Readable } from 'node:stream';
import { PromptCancelledError } from './usageError';

/** Questions to the person at the keyboard; only usable when stdin is a terminal. */
export type Terminal = {
  readonly interactive: boolean;
  /** Asks and echoes what is typed. */
  ask: (question: string) => Promise<string>;
  /** Asks and echoes nothing at all (passwords). */
  askHidden: (question: string) => Promise<string>;
  close: () => void;
};

type Waiter = { resolve: (line: string) => void; reject: (error: Error) => void };

/**
 * Opens the terminal lazily: one readline interface for the whole run, so answers typed ahead
 * are queued, not lost. Its echo goes through a gate that is open only while a visible question
 * waits; keystrokes at any other time (a hidden prompt, typing ahead) are never shown.
 */
export function openTerminal(input: Readable & { isTTY?: boolean }, output: Writable): Terminal {
  let reader: LineReader | undefined;
  const lineReader = () => (reader ??= createLineReader(input, output));
  return {
    interactive: input.isTTY === true,
    ask: (question) => lineReader().read(question, false),
    askHidden: (question) => lineReader().read(question, true),
    close: () => reader?.close(),
  };
}

type LineReader = {
  read: (question: string, hidden: boolean) => Promise<string>;
  close: () => void;
};

function createLineReader(input: Readable, output: Writable): LineReader {
  let echo = false;
  const gate = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (echo) output.write(chunk);
      callback();
    },
  });
  const rl = readline.createInterface({ input, output: gate, terminal: true, historySize: 0 });
  const queued: string[] = [];
  let waiter: Waiter | undefined;
  let ended: Error | undefined;

  rl.on('line', (line) => {
    echo = false;
    if (!waiter) {
      queued.push(line);
      return;
    }
    const current = waiter;
    waiter = undefined;
    current.resolve(line);
  });
  rl.on('SIGINT', () => {
    ended = new PromptCancelledError();
    rl.close();
  });
  rl.on('close', () => {
    ended ??= new PromptCancelledError();
    echo = false;
    waiter?.reject(ended);
    waiter = undefined;
  });

  return {
    read: (question, hidden) => {
      const next = queued.shift();
      if (next !== undefined) {
        output.write(`${question}\n`);
        return Promise.resolve(next);
      }
      if (ended) return Promise.reject(ended);
      if (hidden) output.write(question);
      rl.setPrompt(hidden ? '' : question);
      return new Promise<string>((resolve, reject) => {
        waiter = {
          resolve: (line) => {
            if (hidden) output.write('\n');
            resolve(line);
          },
          reject,
        };
        echo = !hidden;
        rl.prompt();
      });
    },
    close: () => rl.close(),
  };
}
