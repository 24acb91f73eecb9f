import fs from 'node:fs';
import type { WriteTx } from '../../../db/database';
import { appendAudit } from './appendAudit';

/**
 * Failed logins happen while the database is closed (its key is what the password unlocks),
 * so they wait in a small file beside it and enter the audit chain at the next unlock.
 * The file holds the login name tried and the time, nothing else.
 */
export type PendingEvent = {
  at: string;
  action: 'auth.loginFailed';
  login: string;
  reason: string;
};

export function recordPendingEvent(filePath: string, event: PendingEvent): void {
  fs.appendFileSync(filePath, JSON.stringify(event) + '\n', { mode: 0o600 });
}

export function readPendingEvents(filePath: string): PendingEvent[] {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch {
    return [];
  }
  const events: PendingEvent[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const value = JSON.parse(line) as Partial<PendingEvent>;
      if (typeof value.at === 'string' && typeof value.login === 'string') {
        events.push({
          at: value.at,
          action: 'auth.loginFailed',
          login: value.login,
          reason: typeof value.reason === 'string' ? value.reason : '',
        });
      }
    } catch {
      // A torn last line from a crash is skipped; the rest still counts.
    }
  }
  return events;
}

/** Moves pending events into the audit chain (inside the caller's transaction). */
export function flushPendingEvents(tx: WriteTx, filePath: string): number {
  const events = readPendingEvents(filePath);
  for (const event of events) {
    appendAudit(tx, {
      at: new Date(event.at),
      actor: null,
      action: event.action,
      detail: { login: event.login, reason: event.reason },
    });
  }
  return events.length;
}

/** Called after the transaction that flushed the events has committed. */
export function clearPendingEvents(filePath: string): void {
  fs.rmSync(filePath, { force: true });
}
