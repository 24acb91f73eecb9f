import type { DomainHandlers } from '../handlerTypes';

export const appHandlers: DomainHandlers<'app'> = {
  'app.status': ({ session }) => session.status(),
};
