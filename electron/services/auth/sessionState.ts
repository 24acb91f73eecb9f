import type { AppStatus, SessionUser } from '../../contract/schemas/session';
import { getSettings } from '../settings/settingsService';
import type { OpenSession } from './sessionDatabase';

/** An open session: its database, user and folder lock, the data key and the idle clock. */
export type Unlocked = OpenSession & {
  kind: 'unlocked';
  dataKey: Buffer;
  idleLockMinutes: number;
  lastActivity: number;
};

/** Where a SessionManager stands; only it changes this. */
export type SessionState = { kind: 'loggedOut' } | { kind: 'locked'; user: SessionUser } | Unlocked;

/** app.status for a session in `state`. */
export function statusOf(initialized: boolean, state: SessionState): AppStatus {
  if (!initialized) return { initialized: false };
  switch (state.kind) {
    case 'loggedOut':
      return { initialized: true, session: { state: 'loggedOut' } };
    case 'locked':
      return { initialized: true, session: { state: 'locked', user: state.user } };
    case 'unlocked': {
      const settings = getSettings(state.opened.db);
      return {
        initialized: true,
        session: { state: 'unlocked', user: state.user },
        municipalityName: settings.municipalityName,
        idleLockMinutes: settings.idleLockMinutes,
      };
    }
  }
}
