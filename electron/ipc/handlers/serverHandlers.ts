import type { DomainHandlers } from '../handlerTypes';

export const serverHandlers: DomainHandlers<'server'> = {
  'server.info': ({ serverInfo }) =>
    serverInfo ? { kind: 'server', fingerprint: serverInfo.fingerprint } : { kind: 'singlePc' },
};
