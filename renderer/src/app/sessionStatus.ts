import type { AppStatus } from '../../../electron/contract';

/** app.status when a user is logged in and the screen is open. */
export type UnlockedStatus = Extract<AppStatus, { session: { state: 'unlocked' } }>;

export function isUnlocked(status: AppStatus): status is UnlockedStatus {
  return status.initialized && status.session.state === 'unlocked';
}
