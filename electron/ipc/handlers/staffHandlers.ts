import { staffOptions } from '../../services/directory/staffOptions';
import type { DomainHandlers } from '../handlerTypes';

export const staffHandlers: DomainHandlers<'staff'> = {
  'staff.options': ({ db }) => staffOptions(db),
};
