import type { Role } from '../../../../electron/contract';
import { useCallData } from '../../components/data/useCallData';

/**
 * The role of who is working, from app.status; null until known. Screens use it only to hide
 * what the role cannot do — the services refuse it anyway.
 */
export function useCurrentRole(): Role | null {
  const { data } = useCallData('app.status', {});
  return data?.initialized && data.session.state === 'unlocked' ? data.session.user.role : null;
}

/** Whether the role may add and change records (閲覧 only reads). */
export function canWrite(role: Role | null): boolean {
  return role === 'admin' || role === 'worker';
}
