import type { AppStatus } from '../../../electron/contract';
import { leavingPage } from './leaveGuard';

/**
 * Whose records the page's memory may hold. Screens keep what they loaded (people picked,
 * drafts, filters, the address with its search words); on a shared office PC the next user must
 * not see any of it. So when the session ends (logout) or changes hands (別のユーザーでログイン
 * from the lock screen), the page is reloaded at ホーム, which drops all of it at once.
 */
export type MemoryDecision = { owner: number | null; reset: boolean };

export function decideMemory(owner: number | null, status: AppStatus): MemoryDecision {
  if (!status.initialized) return { owner: null, reset: false };
  const session = status.session;
  if (session.state === 'loggedOut') return { owner: null, reset: owner !== null };
  const staffId = session.user.staffId;
  if (owner !== null && owner !== staffId) return { owner: staffId, reset: true };
  return { owner: staffId, reset: false };
}

/** Drops everything the page holds: back to ホーム, fresh JavaScript state. */
export function resetPageMemory(): void {
  leavingPage();
  window.location.hash = '#/home';
  window.location.reload();
}
