import { anyRole } from '../../contract/roles';
import { changeOwnPassword } from '../../services/auth/changeOwnPassword';
import type { DomainHandlers } from '../handlerTypes';

export const authHandlers: DomainHandlers<'auth'> = {
  'auth.login': ({ session }, input) => session.login(input.login, input.password),
  'auth.unlock': ({ session }, input) => session.unlock(input.password),
  'auth.lock': ({ session }) => {
    session.lock('manual');
    return null;
  },
  'auth.logout': ({ session }) => {
    session.logout();
    return null;
  },
  // The role check in dispatch already recorded the activity; nothing else to do.
  'auth.touch': () => null,
  'auth.recover': ({ session }, input) =>
    session.recover(input.recoveryKey, input.login, input.newPassword),
  'auth.changePassword': ({ session }, input) => {
    session.withDataKey(anyRole, (holder) =>
      changeOwnPassword(holder, input.currentPassword, input.newPassword),
    );
    return null;
  },
};
