import { defineCall } from '../defineCall';
import { noInput } from '../schemas/common';
import {
  connectionConnectInput,
  connectionProbeInput,
  type ConnectionState,
  type ServerProbe,
} from '../schemas/connection';

/**
 * The desktop app's first-run choice: this PC only, or the office server (address, fingerprint
 * compared by staff, then pinned). Answered by the desktop shell only; a browser gets notDesktop.
 */
export const connectionCalls = {
  /** What the app should show first: the choice, a refused server, or the app itself. */
  'connection.state': defineCall<ConnectionState>()({ input: noInput, access: 'public' }),
  /** 「このPCだけで使う」: saved for this PC; the app goes on to setup or login. */
  'connection.chooseLocal': defineCall<null>()({ input: noInput, access: 'public' }),
  /** Reads the certificate of the server at a typed address (nothing is saved yet). */
  'connection.probe': defineCall<ServerProbe>()({ input: connectionProbeInput, access: 'public' }),
  /** Pins the fingerprint staff compared (checked once more against the server) and saves the choice. */
  'connection.connect': defineCall<null>()({ input: connectionConnectInput, access: 'public' }),
  /** Checks the saved server against its pinned fingerprint and opens its screens. */
  'connection.retry': defineCall<null>()({ input: noInput, access: 'public' }),
} as const;
