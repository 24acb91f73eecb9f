import type { SessionManager } from '../services/auth/sessionManager';

/** How often the shell asks whether the daily backup is due. */
export const backupCheckIntervalMs = 10 * 60_000;

/**
 * The daily automatic backup while the app is open: the shell only ticks; the session decides
 * whether a backup is due (someone logged in, none verified today, no failure in the last hour).
 * A failure is recorded and audited by the service and shown on the 管理 screen; here it is
 * only logged. Returns a function that stops the timer.
 */
export function startBackupTimer(session: SessionManager): () => void {
  const tick = () => {
    try {
      session.backupIfDue();
    } catch (error) {
      console.error('Kasane: automatic backup failed', error);
    }
  };
  const timer = setInterval(tick, backupCheckIntervalMs);
  return () => clearInterval(timer);
}
