/**
 * Login protection, as pure rules: the first five wrong passwords for a login cost nothing
 * more; after that each try must wait, 30 s after the fifth failure, then twice as long after
 * every further one (60 s, 2 min, 4 min …), never more than an hour. The same for one client
 * address on the office server, after twenty (whatever logins it tries).
 */
export const freeAttempts = 5;
export const firstWaitMs = 30_000;
export const longestWaitMs = 60 * 60_000;

/** Consecutive failures of one login and when the last one happened. */
export type AttemptRecord = { failures: number; lastFailureAt: string };

/** How long the wait after `failures` consecutive failures is (0 before the sixth try). */
export function waitAfter(failures: number): number {
  if (failures < freeAttempts) return 0;
  return Math.min(firstWaitMs * 2 ** (failures - freeAttempts), longestWaitMs);
}

/** When this login may try again, or null when it need not wait now. */
export function retryAt(record: AttemptRecord | undefined, now: Date): Date | null {
  if (!record) return null;
  const at = new Date(new Date(record.lastFailureAt).getTime() + waitAfter(record.failures));
  return at.getTime() > now.getTime() ? at : null;
}

/** Wrong passwords one client address may send (across every login) before it must wait. */
export const freeAddressFailures = 20;

/**
 * When this client address may try again, or null: after 20 failures 30 s, then twice as long
 * after each further one, at most an hour. An hour without a failure forgets the address (a
 * right password does not: one known account must not reset a PC that is guessing others).
 */
export function addressRetryAt(record: AttemptRecord | undefined, now: Date): Date | null {
  if (!record || addressForgotten(record, now) || record.failures < freeAddressFailures) {
    return null;
  }
  const wait = Math.min(firstWaitMs * 2 ** (record.failures - freeAddressFailures), longestWaitMs);
  const at = new Date(new Date(record.lastFailureAt).getTime() + wait);
  return at.getTime() > now.getTime() ? at : null;
}

/** Whether an address's record is over an hour old and counts no more. */
export function addressForgotten(record: AttemptRecord, now: Date): boolean {
  return now.getTime() - new Date(record.lastFailureAt).getTime() > longestWaitMs;
}

/** The record after one more wrong password. */
export function afterFailure(record: AttemptRecord | undefined, now: Date): AttemptRecord {
  return { failures: (record?.failures ?? 0) + 1, lastFailureAt: now.toISOString() };
}

// Japan has kept no daylight saving time since 1951, so Asia/Tokyo is always UTC+9.
const japanOffsetMs = 9 * 60 * 60 * 1000;

/** The wait in Japanese words: 「あと1分30秒（10時35分20秒以降）」. */
export function describeWait(until: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const span = minutes === 0 ? `${rest}秒` : rest === 0 ? `${minutes}分` : `${minutes}分${rest}秒`;
  const japan = new Date(until.getTime() + japanOffsetMs);
  const clock = `${japan.getUTCHours()}時${japan.getUTCMinutes()}分${japan.getUTCSeconds()}秒`;
  return `あと${span}（${clock}以降）`;
}
