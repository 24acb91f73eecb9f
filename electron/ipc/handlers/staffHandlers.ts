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
  'staff.create': ({ session }, input) => session.createStaffAccount(input),
  'staff.update': ({ db, actor, clock, session }, input) => {
    const account = updateStaffAccount(db, actor, clock, session.paths, input);
    session.refreshUser();
    return account;
  },
  'staff.disable': ({ session }, input) =>
    session.withDataKey(adminOnly, (holder) => disableStaffAccount(holder, input.id)),
  'staff.enable': ({ session }, input) =>
    session.withDataKey(adminOnly, (holder) =>
      enableStaffAccount(holder, input.id, input.password),
    ),
  'staff.resetPassword': ({ session }, input) =>
    session.withDataKey(adminOnly, (holder) =>
      resetStaffPassword(holder, input.id, input.password),
    ),
};
