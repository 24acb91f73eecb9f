/** The main side learns of activity at most this often (auth.touch). */
export const touchIntervalMs = 60_000;

/** Milliseconds left before the idle lock, 0 when it is due. */
export function idleRemainingMs(now: number, lastActivity: number, idleMs: number): number {
  return Math.max(0, lastActivity + idleMs - now);
}

/** Whether enough time passed since the last auth.touch to send another. */
export function shouldTouch(now: number, lastTouch: number): boolean {
  return now - lastTouch >= touchIntervalMs;
}
