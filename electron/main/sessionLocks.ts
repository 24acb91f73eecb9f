import { powerMonitor } from 'electron';
import type { SessionManager } from '../services/auth/sessionManager';

/** How often the main side checks the idle time, even when the renderer makes no calls. */
export const idleCheckIntervalMs = 30_000;

/** Whether a staff member is logged in with the database open right now. */
export function isUnlocked(session: SessionManager): boolean {
  try {
    const status = session.status();
    return status.initialized && status.session.state === 'unlocked';
  } catch {
    // A status that cannot be read is not an open session worth protecting from a reload.
    return false;
  }
}

/**
 * Runs a session change (lock, logout, idle check). A failure is logged, not thrown: locking
 * closes the database even when its audit row cannot be written, and the screen must follow.
 */
export function runSessionChange(change: () => void): void {
  try {
    change();
  } catch (error) {
    console.error('Kasane: session change failed', error);
  }
}

/**
 * Runs a session change and reloads the renderer if the session was open before and is not
 * now, so it re-reads the state and shows the lock screen; otherwise leaves the page alone.
 */
export function reloadIfClosed(
  session: SessionManager,
  change: () => void,
  reload: () => void,
): void {
  const wasUnlocked = isUnlocked(session);
  runSessionChange(change);
  if (wasUnlocked && !isUnlocked(session)) reload();
}

/**
 * Locks the session on its own: after the idle time (checked every 30 s, since the renderer's
 * timer may be throttled or gone), when the OS screen locks and before the machine sleeps.
 * Returns a function that stops watching.
 */
export function watchSessionLocks(session: SessionManager, reload: () => void): () => void {
  const timer = setInterval(
    () => reloadIfClosed(session, () => session.checkIdle(), reload),
    idleCheckIntervalMs,
  );
  const lockNow = () => reloadIfClosed(session, () => session.lock(), reload);
  powerMonitor.on('lock-screen', lockNow);
  powerMonitor.on('suspend', lockNow);
  return () => {
    clearInterval(timer);
    powerMonitor.off('lock-screen', lockNow);
    powerMonitor.off('suspend', lockNow);
  };
}
