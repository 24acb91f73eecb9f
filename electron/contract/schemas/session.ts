import type { Role } from '../roles';
import { z } from '../zodJapanese';
import { displayTextSchema, loginSchema, newPasswordSchema, passwordAttemptSchema } from './common';

/** The staff member a session acts as, as the UI may know them. */
export type SessionUser = {
  staffId: number;
  login: string;
  displayName: string;
  role: Role;
};

/**
 * Why a session ended without its user asking: a restore from a backup, a 管理者 ending it,
 * the account disabled or its password reset, or the 12 hours of a server login passed.
 */
export type SessionEndReason =
  'restore' | 'endedByAdmin' | 'accountDisabled' | 'passwordReset' | 'expired';

/**
 * Where the app stands: not set up yet, logged out (with the reason, when the browser's session
 * was ended by someone or something else), locked (user known) or unlocked.
 */
export type AppStatus =
  | { initialized: false }
  | { initialized: true; session: { state: 'loggedOut'; endedBecause?: SessionEndReason } }
  | { initialized: true; session: { state: 'locked'; user: SessionUser } }
  | {
      initialized: true;
      session: { state: 'unlocked'; user: SessionUser };
      municipalityName: string;
      idleLockMinutes: number;
    };

export const setupInitInput = z.strictObject({
  login: loginSchema,
  displayName: displayTextSchema('表示名', 50),
  password: newPasswordSchema,
  municipalityName: displayTextSchema('自治体名', 50),
});

/** The recovery key is shown once, at setup; nothing else can show it again. */
export type SetupResult = { user: SessionUser; recoveryKey: string };

export const loginInput = z.strictObject({
  login: loginSchema,
  password: passwordAttemptSchema,
});

export const unlockInput = z.strictObject({
  password: passwordAttemptSchema,
});
