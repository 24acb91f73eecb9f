import { AppError } from '../../contract/errors';
import type { ConnectionSetup } from '../../services/app/connectionSetup';
import type { DomainHandlers } from '../handlerTypes';

function desktopOnly(setup: ConnectionSetup | null): ConnectionSetup {
  if (!setup) throw new AppError('NOT_AVAILABLE', '接続先の設定はデスクトップ版だけで使えます。');
  return setup;
}

export const connectionHandlers: DomainHandlers<'connection'> = {
  'connection.state': ({ connectionSetup }) => connectionSetup?.state() ?? { kind: 'notDesktop' },
  'connection.chooseLocal': ({ connectionSetup }) => {
    desktopOnly(connectionSetup).chooseLocal();
    return null;
  },
  'connection.probe': ({ connectionSetup }, input) =>
    desktopOnly(connectionSetup).probe(input.address),
  'connection.connect': async ({ connectionSetup }, input) => {
    await desktopOnly(connectionSetup).connect(input.origin, input.fingerprint);
    return null;
  },
  'connection.retry': async ({ connectionSetup }) => {
    await desktopOnly(connectionSetup).retry();
    return null;
  },
};
