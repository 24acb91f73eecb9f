import { roles, type Role } from '../roles';
import { z } from '../zodJapanese';
import { displayTextSchema, loginSchema, newPasswordSchema, passwordAttemptSchema } from './common';
import { idSchema, lineSchema } from './fieldSchemas';

const roleSchema = z.enum(roles, { error: '権限を選んでください' });

/** A staff account as the 管理 screen lists it; passwords never leave the key-slot file. */
export type StaffAccount = {
  id: number;
  login: string;
  displayName: string;
  affiliation: string;
  role: Role;
  active: boolean;
  /** Whether a password slot exists (a disabled account has none). */
  hasPassword: boolean;
  /** Set while login protection makes this login wait (ISO time it may try again). */
  waitUntil: string | null;
  createdAt: string;
};

/** 管理者 adds an account with its first password. */
export const staffCreateInput = z.strictObject({
  login: loginSchema,
  displayName: displayTextSchema('表示名', 50),
  affiliation: lineSchema('所属', 50).default(''),
  role: roleSchema,
  password: newPasswordSchema,
});

/** 管理者 changes an account's 表示名, 所属 or 権限 (the login name stays: the key slot names it). */
export const staffUpdateInput = z.strictObject({
  id: idSchema,
  displayName: displayTextSchema('表示名', 50),
  affiliation: lineSchema('所属', 50).default(''),
  role: roleSchema,
});

export const staffDisableInput = z.strictObject({ id: idSchema });

/** Enabling makes a new key slot, so it needs the password the person will use. */
export const staffEnableInput = z.strictObject({ id: idSchema, password: newPasswordSchema });

export const staffResetPasswordInput = z.strictObject({
  id: idSchema,
  password: newPasswordSchema,
});

/** Everyone's own password change: the current one proves who is typing. */
export const changePasswordInput = z.strictObject({
  currentPassword: passwordAttemptSchema,
  newPassword: newPasswordSchema,
});

/** 回復キーで復旧: the key printed at setup, the account to reset, and its new password. */
export const recoverInput = z.strictObject({
  recoveryKey: z
    .string()
    .min(1, { error: '回復キーを入力してください' })
    .max(200, { error: '回復キーが長すぎます' }),
  login: loginSchema,
  newPassword: newPasswordSchema,
});

/** One login that is open now, as 管理 lists it (the secret session id never leaves the server). */
export type ActiveSession = {
  /** A public name of the session, for ending it. */
  ref: string;
  staffId: number;
  login: string;
  displayName: string;
  role: Role;
  /** The client's address on the server; null on this PC. */
  address: string | null;
  /** When the login began, and the last call (ISO). */
  since: string;
  lastActivity: string;
  state: 'unlocked' | 'locked';
  /** The caller's own session (it is ended with ログアウト, not from here). */
  self: boolean;
};

/** 管理者 ends one open login. */
export const staffEndSessionInput = z.strictObject({
  ref: z.string().regex(/^[0-9a-f-]{36}$/, 'ログインの指定が正しくありません'),
});
