import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AttemptRecord } from './loginThrottle';

/**
 * The failed-attempt counters in a small JSON file beside the key slots (the database is still
 * closed when a password is tried, so they cannot live there), in three parts bounded apart:
 * - `accounts`: logins that have a key slot (and the recovery key). Never evicted: only a right
 *   password, a 管理者's reset or disabling the account clears one, so no number of other
 *   names typed at the login screen can clear an account's wait.
 * - `unknown`: names without an account. Throttled the same (the screen must not reveal which
 *   logins exist) but kept to the newest `maxUnknown`, so random names cannot grow the file.
 * - `addresses`: client addresses on the office server; forgotten an hour after their last
 *   failure, and kept to the newest `maxAddresses`.
 * Its integrity is not defended: whoever can delete it can also copy kasane.keys.json and guess
 * offline, where no counter applies. A missing or damaged file counts as no failures.
 */
export type AttemptsFile = {
  accounts: Record<string, AttemptRecord>;
  unknown: Record<string, AttemptRecord>;
  addresses: Record<string, AttemptRecord>;
};

/** Names without an account kept at most (the newest failures): typos of a whole office fit. */
export const maxUnknown = 200;
/** Client addresses kept at most (the newest failures). */
export const maxAddresses = 1000;

export function emptyAttempts(): AttemptsFile {
  return { accounts: {}, unknown: {}, addresses: {} };
}

export function readAttempts(filePath: string): AttemptsFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(filePath, 'utf8'));
  } catch {
    return emptyAttempts();
  }
  if (!isObject(parsed)) return emptyAttempts();
  if (!('accounts' in parsed) && !('unknown' in parsed) && !('addresses' in parsed)) {
    // The file before this version: one flat map, accounts and other names mixed. Read as
    // unknown names; an account's next failure files it under accounts.
    return { ...emptyAttempts(), unknown: records(parsed) };
  }
  return {
    accounts: records(parsed.accounts),
    unknown: records(parsed.unknown),
    addresses: records(parsed.addresses),
  };
}

/** Rewrites the file atomically; returns false (and changes nothing) when it cannot be written. */
export function writeAttempts(filePath: string, attempts: AttemptsFile): boolean {
  const bounded: AttemptsFile = {
    accounts: attempts.accounts,
    unknown: newest(attempts.unknown, maxUnknown),
    addresses: newest(attempts.addresses, maxAddresses),
  };
  const temp = path.join(path.dirname(filePath), `.login-attempts.${crypto.randomUUID()}.tmp`);
  try {
    fs.writeFileSync(temp, JSON.stringify(bounded) + '\n', { mode: 0o600 });
    fs.renameSync(temp, filePath);
    return true;
  } catch {
    fs.rmSync(temp, { force: true });
    return false;
  }
}

function newest(part: Record<string, AttemptRecord>, max: number): Record<string, AttemptRecord> {
  const entries = Object.entries(part);
  if (entries.length <= max) return part;
  return Object.fromEntries(
    entries.sort(([, a], [, b]) => b.lastFailureAt.localeCompare(a.lastFailureAt)).slice(0, max),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function records(value: unknown): Record<string, AttemptRecord> {
  const kept: Record<string, AttemptRecord> = {};
  if (!isObject(value)) return kept;
  for (const [key, entry] of Object.entries(value)) {
    const record = entry as Partial<AttemptRecord> | null;
    if (
      typeof record?.failures === 'number' &&
      Number.isInteger(record.failures) &&
      record.failures > 0 &&
      typeof record.lastFailureAt === 'string' &&
      !Number.isNaN(Date.parse(record.lastFailureAt))
    ) {
      kept[key] = { failures: record.failures, lastFailureAt: record.lastFailureAt };
    }
  }
  return kept;
}
