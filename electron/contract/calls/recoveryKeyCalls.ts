import { defineCall } from '../defineCall';
import { adminOnly } from '../roles';
import { noInput } from '../schemas/common';
import type { RecoveryKeyStatus } from '../schemas/recoveryKey';

/** The 回復キー after setup: is it confirmed as stored, confirm it, issue a new one (管理者). */
export const recoveryKeyCalls = {
  /** Whether the key in force waits for confirmation, was confirmed, or never was. */
  'recoveryKey.status': defineCall<RecoveryKeyStatus>()({ input: noInput, access: adminOnly }),
  /** 「回復キーを保管しました」 for the key shown last; audited. */
  'recoveryKey.confirm': defineCall<RecoveryKeyStatus>()({ input: noInput, access: adminOnly }),
  /** A new 回復キー replaces the old one (which stops working), shown once; audited. */
  'recoveryKey.reissue': defineCall<{ recoveryKey: string }>()({
    input: noInput,
    access: adminOnly,
  }),
} as const;
