import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AttemptRecord } from './loginThrottle';

/**
 * The failed-attempt counters, one per login tried, in a small JSON file beside the key slots
 * (the database is still closed when a password is tried, so it cannot live there). Its
 * integrity is not defended: whoever can delete it can also copy kasane.keys.json and guess
 * offline, where no counter applies. It guards the login screen and the CLI, which is what it
 * is for. A missing or damaged file counts as no failures (one must still be able to log in).
 */
export type AttemptsFile = Record<string, AttemptRecord>;

/** Logins kept at most; the oldest go first (someone typing random names cannot grow it forever). */
const maxLogins = 500;

export function readAttempts(filePath: string): AttemptsFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(filePath, 'utf8'));
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const attempts: AttemptsFile = {};
  for (const [login, value] of Object.entries(parsed)) {
    const record = value as Partial<AttemptRecord> | null;
    if (
      typeof record?.failures === 'number' &&
      Number.isInteger(record.failures) &&
      record.failures > 0 &&
      typeof record.lastFailureAt === 'string' &&
      !Number.isNaN(Date.parse(record.lastFailureAt))
    ) {
      attempts[login] = { failures: record.failures, lastFailureAt: record.lastFailureAt };
    }
  }
  return attempts;
}

/** Rewrites the file atomically; returns false (and changes nothing) when it cannot be written. */
export function writeAttempts(filePath: string, attempts: AttemptsFile): boolean {
  const kept = Object.entries(attempts)
    .sort(([, a], [, b]) => b.lastFailureAt.localeCompare(a.lastFailureAt))
    .slice(0, maxLogins);
  const temp = path.join(path.dirname(filePath), `.login-attempts.${crypto.randomUUID()}.tmp`);
  try {
    fs.writeFileSync(temp, JSON.stringify(Object.fromEntries(kept)) + '\n', { mode: 0o600 });
    fs.renameSync(temp, filePath);
    return true;
  } catch {
    fs.rmSync(temp, { force: true });
    return false;
  }
}
