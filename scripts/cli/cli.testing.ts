import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { expect } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import { createTempDir } from '../../db/testing/createTestDb';
import { dataPaths } from '../../electron/services/app/dataPaths';
import { withTransaction } from '../../db/database';
import { insertStaff } from '../../db/repositories/staffRepository';
import { readKeySlotFile, writeKeySlotFile } from '../../electron/services/auth/keySlotFile';
import { makePasswordSlot, openPasswordSlot } from '../../electron/services/auth/keySlots';
import { systemClock } from '../../electron/services/clock';
import type { CommandTable } from './args';
import { runCli } from './runCli';

export const adminLogin = 'kanri';
export const adminPassword = 'kasane-admin-1';
export const adminEnv = { KASANE_USER: adminLogin, KASANE_PASSWORD: adminPassword };

export type CliRun = { code: number; stdout: string; stderr: string };

/**
 * Runs the CLI in-process with its own env (nothing leaks from the real one) and captured output.
 * `input` is typed on stdin; `tty` makes stdin look like a terminal, and then it stays open.
 */
export async function runCliForTest(
  argv: readonly string[],
  options: { env?: NodeJS.ProcessEnv; input?: string; tty?: boolean; commands?: CommandTable } = {},
): Promise<CliRun> {
  const stdin = Object.assign(new PassThrough(), { isTTY: options.tty === true });
  if (options.input !== undefined) stdin.write(options.input);
  if (!options.tty) stdin.end();
  const stdout = capture();
  const stderr = capture();
  const io = { env: options.env ?? {}, stdin, stdout: stdout.stream, stderr: stderr.stream };
  const code = await runCli(argv, io, options.commands);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function capture(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** A fresh temp folder (removed by the returned cleanup) and the data folder inside it. */
export function tempDataDir(cleanups: Array<() => void>): string {
  const root = createTempDir('kasane-cli-');
  cleanups.push(() => fs.rmSync(root, { recursive: true, force: true }));
  return path.join(root, 'data');
}

/** A data folder set up through the CLI itself, with the test 管理者. */
export async function initializedDataDir(cleanups: Array<() => void>): Promise<string> {
  const dir = tempDataDir(cleanups);
  const run = await runCliForTest(['init', '--data', dir, '--municipality', 'みどり町'], {
    env: adminEnv,
  });
  if (run.code !== 0) throw new Error(`init failed: ${run.stderr}`);
  return dir;
}

/** Opens the folder's database directly with the 管理者's key slot, as an attacker with the password could. */
export function openAsAdmin(dir: string): OpenedDatabase & { dataKey: Buffer } {
  const paths = dataPaths(dir);
  const opened = openPasswordSlot(readKeySlotFile(paths.keySlots), adminLogin, adminPassword);
  if (!opened) throw new Error('admin slot did not open');
  return {
    ...openDatabase({ path: paths.database, key: opened.dataKey }),
    dataKey: opened.dataKey,
  };
}

/** Adds a 相談員 account `login` (password: the 管理者's) with its key slot, as 管理 would. */
export function addWorkerAccount(dir: string, login: string): void {
  const opened = openAsAdmin(dir);
  try {
    const worker = withTransaction(opened.db, (tx) =>
      insertStaff(tx, {
        login,
        displayName: '相談 花子',
        role: 'worker',
        at: new Date().toISOString(),
        by: 1,
      }),
    );
    const paths = dataPaths(dir);
    const file = readKeySlotFile(paths.keySlots);
    file.slots.push(
      makePasswordSlot(
        file,
        opened.dataKey,
        { staffId: worker.id, login },
        adminPassword,
        systemClock,
      ),
    );
    writeKeySlotFile(paths.keySlots, file);
  } finally {
    opened.close();
  }
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every audit row's action, in order. */
export function auditActions(dir: string): Array<{ action: string; detail: string }> {
  const opened = openAsAdmin(dir);
  try {
    return opened.sqlite
      .prepare('SELECT action, detail FROM audit_log ORDER BY id')
      .all()
      .map((row) => row as { action: string; detail: string });
  } finally {
    opened.close();
  }
}

/**
 * A command line refused as a usage error: exit 2, the Japanese `message` on stderr, nothing on
 * stdout, and no audit row written in the data folder `dir`.
 */
export async function expectUsageRefusal(
  dir: string,
  run: () => Promise<CliRun>,
  message: string,
): Promise<void> {
  const before = auditActions(dir).length;
  const refused = await run();
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain(message);
  expect(refused.stdout).toBe('');
  expect(auditActions(dir)).toHaveLength(before);
}
