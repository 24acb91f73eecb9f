import type { ConnectionState, ServerProbe } from '../../contract/schemas/connection';

/**
 * The desktop shell's part of the first-run choice (the saved choice, the connection check and
 * switching the window to the server). The web harness and the server have none; services and
 * handlers see only this port.
 */
export type ConnectionSetup = {
  state: () => ConnectionState;
  chooseLocal: () => void;
  /** Throws AppError with a Japanese message when the address or the server is not usable. */
  probe: (address: string) => Promise<ServerProbe>;
  connect: (origin: string, fingerprint: string) => Promise<void>;
  retry: () => Promise<void>;
};
