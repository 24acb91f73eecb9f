import { adminOnly, anyRole } from '../roles';
import { defineCall } from '../defineCall';
import { noInput } from '../schemas/common';
import {
  loginInput,
  setupInitInput,
  unlockInput,
  type AppStatus,
  type SessionUser,
  type SetupResult,
} from '../schemas/session';
import { settingsUpdateInput, type Settings } from '../schemas/settings';

export const foundationCalls = {
  /** Whether Kasane is set up, and the session's state (logged out, locked, unlocked). */
  'app.status': defineCall<AppStatus>()({ input: noInput, access: 'public' }),
  /** First-run setup: creates the database, the first 管理者 and the recovery key. */
  'setup.init': defineCall<SetupResult>()({ input: setupInitInput, access: 'public' }),
  /** Logs in by unwrapping the account's key slot with the password. */
  'auth.login': defineCall<SessionUser>()({ input: loginInput, access: 'public' }),
  /** Unlocks a locked session with the same user's password. */
  'auth.unlock': defineCall<SessionUser>()({ input: unlockInput, access: 'public' }),
  /** Locks: closes the database and wipes the key; the user stays known for unlock. */
  'auth.lock': defineCall<null>()({ input: noInput, access: anyRole }),
  /** Logs out: closes the database and forgets the user. */
  'auth.logout': defineCall<null>()({ input: noInput, access: anyRole }),
  /** Tells the main side the user is active (typing without saving) so idle lock waits. */
  'auth.touch': defineCall<null>()({ input: noInput, access: anyRole }),
  /** Office-wide settings. */
  'settings.get': defineCall<Settings>()({ input: noInput, access: anyRole }),
  /** Changes office-wide settings (管理者 only). */
  'settings.update': defineCall<Settings>()({ input: settingsUpdateInput, access: adminOnly }),
} as const;
