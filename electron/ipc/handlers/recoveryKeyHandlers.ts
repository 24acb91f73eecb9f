import { adminOnly } from '../../contract/roles';
import {
  confirmRecoveryKey,
  recoveryKeyStatus,
  reissueRecoveryKey,
} from '../../services/auth/recoveryKeyState';
import type { DomainHandlers } from '../handlerTypes';

export const recoveryKeyHandlers: DomainHandlers<'recoveryKey'> = {
  'recoveryKey.status': ({ db }) => recoveryKeyStatus(db),
  'recoveryKey.confirm': ({ db, actor, clock }) => confirmRecoveryKey(db, actor, clock),
  'recoveryKey.reissue': ({ session }) => session.withDataKey(adminOnly, reissueRecoveryKey),
};
