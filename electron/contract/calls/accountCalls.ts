import { defineCall } from '../defineCall';
import { adminOnly, anyRole } from '../roles';
import { noInput } from '../schemas/common';
import type { SessionUser } from '../schemas/session';
import {
  changePasswordInput,
  recoverInput,
  staffCreateInput,
  staffDisableInput,
  staffEnableInput,
  staffResetPasswordInput,
  staffEndSessionInput,
  staffUpdateInput,
  type ActiveSession,
  type StaffAccount,
} from '../schemas/staff';

/** Staff accounts (管理者), everyone's own password, and recovery with the recovery key. */
export const accountCalls = {
  /** Every account with its role, state and whether login protection makes it wait. */
  'staff.list': defineCall<StaffAccount[]>()({ input: noInput, access: adminOnly }),
  /** Adds an account and its key slot (made while the 管理者 holds the data key). */
  'staff.create': defineCall<StaffAccount>()({ input: staffCreateInput, access: adminOnly }),
  /** Changes 表示名, 所属 or 権限; the last active 管理者 keeps the role. */
  'staff.update': defineCall<StaffAccount>()({ input: staffUpdateInput, access: adminOnly }),
  /** Disables an account: its key slot is removed; the audit keeps its name. */
  'staff.disable': defineCall<StaffAccount>()({ input: staffDisableInput, access: adminOnly }),
  /** Enables a disabled account again with a new password (a new key slot). */
  'staff.enable': defineCall<StaffAccount>()({ input: staffEnableInput, access: adminOnly }),
  /** Sets a new password for another account (a new key slot) and lifts its login wait. */
  'staff.resetPassword': defineCall<StaffAccount>()({
    input: staffResetPasswordInput,
    access: adminOnly,
  }),
  /** Who is logged in now (on the office server: from which address, since when). */
  'staff.sessions': defineCall<ActiveSession[]>()({ input: noInput, access: adminOnly }),
  /** Ends another staff member's login at once; their screen goes to ログイン. */
  'staff.endSession': defineCall<null>()({ input: staffEndSessionInput, access: adminOnly }),
  /** Changes the caller's own password: the slot is rewrapped, the database is not re-encrypted. */
  'auth.changePassword': defineCall<null>()({ input: changePasswordInput, access: anyRole }),
  /** 回復キーで復旧: the recovery key opens the database, sets a new password, logs that account in. */
  'auth.recover': defineCall<SessionUser>()({ input: recoverInput, access: 'public' }),
} as const;
