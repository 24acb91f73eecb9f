import type { DomainHandlers } from '../handlerTypes';

export const setupHandlers: DomainHandlers<'setup'> = {
  'setup.init': ({ session }, input) => session.initialize(input),
};
