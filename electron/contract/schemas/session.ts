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

/** Where the app stands: not set up yet, logged out, locked (user known) or unlocked. */
export type AppStatus =
  | { initialized: false }
  | { initialized: true; session: { state: 'loggedOut' } }
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
