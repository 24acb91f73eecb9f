import { adminOnly } from '../../contract/roles';
import { disableStaffAccount, enableStaffAccount } from '../../services/auth/disableStaffAccount';
import { listStaffAccounts } from '../../services/auth/listStaffAccounts';
import { resetStaffPassword } from '../../services/auth/resetStaffPassword';
import { updateStaffAccount } from '../../services/auth/updateStaffAccount';
import { staffOptions } from '../../services/directory/staffOptions';
import type { DomainHandlers } from '../handlerTypes';

export const staffHandlers: DomainHandlers<'staff'> = {
  'staff.options': ({ db }) => staffOptions(db),
  'staff.list': ({ db, session, clock }) => listStaffAccounts(db, session.paths, clock),
  'staff.sessions': ({ session }) => session.activeSessions(),
  'staff.endSession': ({ session }, input) => {
    session.endSession(input.ref);
    return null;
  },
  'staff.create': ({ session }, input) => session.createStaffAccount(input),
  'staff.update': ({ db, actor, clock, session }, input) => {
    const account = updateStaffAccount(db, actor, clock, session.paths, input);
    session.refreshUser();
    return account;
  },
  // A disabled account or a reset password stops whoever is using the account now, at once
  // (on the office server that may be someone at another desk).
  'staff.disable': ({ session }, input) => {
    const account = session.withDataKey(adminOnly, (holder) =>
      disableStaffAccount(holder, input.id),
    );
    session.endSessionsOf(input.id, 'accountDisabled');
    return account;
  },
  'staff.enable': ({ session }, input) =>
    session.withDataKey(adminOnly, (holder) =>
      enableStaffAccount(holder, input.id, input.password),
    ),
  'staff.resetPassword': ({ session }, input) => {
    const account = session.withDataKey(adminOnly, (holder) =>
      resetStaffPassword(holder, input.id, input.password),
    );
    session.endSessionsOf(input.id, 'passwordReset');
    return account;
  },
};
