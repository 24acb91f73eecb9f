import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ConnectionState } from '../../../../electron/contract/schemas/connection';
import { call } from '../../api/call';
import { LoadingScreen } from '../../components/LoadingScreen';
import { ConnectingScreen } from './ConnectingScreen';
import { ConnectionChoicePage } from './ConnectionChoicePage';
import { ConnectionFailedPage } from './ConnectionFailedPage';

/**
 * Before anything else, asks where this app stands (connection.state): a browser or a PC used on
 * its own goes straight on to the app; the desktop app's first start asks 「このPCだけで使う」 or
 * 「事務所のサーバーに接続する」; a saved server is opened, or its refusal explained.
 */
export function ConnectionGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<ConnectionState | null>(null);
  const [reads, setReads] = useState(0);
  const refresh = useCallback(async () => {
    await Promise.resolve();
    setReads((count) => count + 1);
  }, []);
  useEffect(() => {
    let live = true;
    call('connection.state', {}).then(
      (answer) => live && setState(answer),
      // A server or shell that does not know the call is not a desktop first start.
      () => live && setState({ kind: 'notDesktop' }),
    );
    return () => {
      live = false;
    };
  }, [reads]);

  if (state === null) return <LoadingScreen />;
  switch (state.kind) {
    case 'notDesktop':
    case 'local':
      return <>{children}</>;
    case 'choose':
      return <ConnectionChoicePage unreadableFile={state.unreadableFile} onChosen={refresh} />;
    case 'connecting':
      return <ConnectingScreen origin={state.origin} onFailed={refresh} />;
    case 'failed':
      return <ConnectionFailedPage state={state} onRetried={refresh} />;
  }
}
